
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select health_status
from "warehouse"."marts"."mart_customer_health"
where health_status is null



  
  
      
    ) dbt_internal_test