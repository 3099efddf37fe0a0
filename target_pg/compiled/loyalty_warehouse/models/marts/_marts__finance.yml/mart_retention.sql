
-- Fixture for mart_retention
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast('All' as text)
 as "segment", 
    
    cast('promoter' as text)
 as "loyalty_category", cast(null as bigint) as "customers_base", cast(null as bigint) as "customers_retained", cast(null as numeric(9,4)) as "logo_retention", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_base", cast(null as numeric(18,2)) as "revenue_retained", 
    
    cast(1200.0 as numeric(18,2))
 as "revenue_current", cast(null as numeric(9,4)) as "grr", cast(null as numeric(9,4)) as "nrr", cast(null as boolean) as "is_complete_window"
union all
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast('All' as text)
 as "segment", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as bigint) as "customers_base", cast(null as bigint) as "customers_retained", cast(null as numeric(9,4)) as "logo_retention", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_base", cast(null as numeric(18,2)) as "revenue_retained", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_current", cast(null as numeric(9,4)) as "grr", cast(null as numeric(9,4)) as "nrr", cast(null as boolean) as "is_complete_window"
union all
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast('SMB' as text)
 as "segment", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as bigint) as "customers_base", cast(null as bigint) as "customers_retained", cast(null as numeric(9,4)) as "logo_retention", 
    
    cast(10.0 as numeric(18,2))
 as "revenue_base", cast(null as numeric(18,2)) as "revenue_retained", 
    
    cast(90.0 as numeric(18,2))
 as "revenue_current", cast(null as numeric(9,4)) as "grr", cast(null as numeric(9,4)) as "nrr", cast(null as boolean) as "is_complete_window"