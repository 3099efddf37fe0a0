
-- Fixture for int_customer_months
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2025-01-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2025-01-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Mid-Market' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2025-01-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C4' as text)
 as "customer_id", 
    
    cast('2025-01-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2025-01-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(150 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(100 as numeric(18,2))
 as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(50 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(200 as numeric(18,2))
 as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(-20 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(100 as numeric(18,2))
 as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C4' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(500 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(50 as numeric(18,2))
 as "revenue_t12m_year_before", cast(null as boolean) as "is_active"