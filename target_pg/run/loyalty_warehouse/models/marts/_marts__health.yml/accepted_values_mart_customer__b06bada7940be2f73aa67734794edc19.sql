
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        weakest_component as value_field,
        count(*) as n_records

    from "warehouse"."marts"."mart_customer_health"
    group by weakest_component

)

select *
from all_values
where value_field not in (
    'loyalty','satisfaction','complaints','revenue_trend','coverage'
)



  
  
      
    ) dbt_internal_test