
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select department
from "warehouse"."marts"."mart_health_by_owner"
where department is null



  
  
      
    ) dbt_internal_test