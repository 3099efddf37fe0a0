
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select loyalty_category
from "warehouse"."intermediate"."int_customer_health_components"
where loyalty_category is null



  
  
      
    ) dbt_internal_test