
-- Fixture for int_customer_months
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(600.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(600.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C4' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(200.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(100.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C6' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(-50.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
union all
select 
    
    cast('C7' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
union all
select 
    
    cast('C8' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(50.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"