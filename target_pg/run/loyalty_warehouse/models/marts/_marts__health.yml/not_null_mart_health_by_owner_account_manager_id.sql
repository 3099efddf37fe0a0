
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select account_manager_id
from "warehouse"."marts"."mart_health_by_owner"
where account_manager_id is null



  
  
      
    ) dbt_internal_test