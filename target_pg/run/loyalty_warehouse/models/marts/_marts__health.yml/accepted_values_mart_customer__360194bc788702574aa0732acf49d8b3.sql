
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        health_status as value_field,
        count(*) as n_records

    from "warehouse"."marts"."mart_customer_health"
    group by health_status

)

select *
from all_values
where value_field not in (
    'red','yellow','green'
)



  
  
      
    ) dbt_internal_test