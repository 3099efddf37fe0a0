
-- Fixture for stg_billing__fx_rates
select 
    
    cast('2026-01-01' as date)
 as "rate_month", 
    
    cast('USD' as text)
 as "currency", 
    
    cast(0.9 as numeric(18,10))
 as "eur_per_unit", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('2026-01-01' as date)
 as "rate_month", 
    
    cast('DKK' as text)
 as "currency", 
    
    cast(0.134 as numeric(18,10))
 as "eur_per_unit", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('2026-02-01' as date)
 as "rate_month", 
    
    cast('DKK' as text)
 as "currency", 
    
    cast(0.135 as numeric(18,10))
 as "eur_per_unit", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"