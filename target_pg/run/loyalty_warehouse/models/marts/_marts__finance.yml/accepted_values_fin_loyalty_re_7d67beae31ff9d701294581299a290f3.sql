
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        loyalty_category as value_field,
        count(*) as n_records

    from "warehouse"."marts"."fin_loyalty_revenue"
    group by loyalty_category

)

select *
from all_values
where value_field not in (
    'promoter','passive','detractor','no score'
)



  
  
      
    ) dbt_internal_test