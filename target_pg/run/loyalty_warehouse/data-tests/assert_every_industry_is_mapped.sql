
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A warning means a customer's industry is spelled in a way the industry_aliases seed does
-- not know: it is reported under its raw spelling, split from its canonical industry. Add
-- the trimmed, lower-cased spelling to seeds/industry_aliases.csv.


with

aliases as (
    select * from "warehouse"."seeds"."industry_aliases"
)

select
    dim_customers.industry,
    count(*) as customers
from "warehouse"."marts"."dim_customers" as dim_customers
left join aliases
    on lower(dim_customers.industry) = aliases.industry_alias
where
    dim_customers.industry is not null
    and aliases.industry_alias is null
group by dim_customers.industry
  
  
      
    ) dbt_internal_test