
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select weakest_component
from "warehouse"."marts"."mart_customer_health"
where weakest_component is null



  
  
      
    ) dbt_internal_test