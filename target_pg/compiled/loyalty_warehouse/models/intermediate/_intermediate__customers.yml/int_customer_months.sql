
-- Fixture for int_customer_months
select 
    
    cast('P' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(4 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1200 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(1000 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('Q' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(0 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(900 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(1000 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('R' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('S' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('T' as text)
 as "customer_id", 
    
    cast('2026-06-01' as date)
 as "month", 
    
    cast(20 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(5 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('Z' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"