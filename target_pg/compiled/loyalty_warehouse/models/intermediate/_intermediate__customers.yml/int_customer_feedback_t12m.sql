
-- Fixture for int_customer_feedback_t12m
select 
    
    cast('P' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(8.99 as numeric)
 as "account_nps", 
    
    cast(50 as numeric)
 as "csat", 
    
    cast(4 as numeric)
 as "ces", 
    
    cast(5 as numeric)
 as "appreciation"
union all
select 
    
    cast('Q' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(9.0 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"
union all
select 
    
    cast('R' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(7.0 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"
union all
select 
    
    cast('S' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(6.99 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"