
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select bounced
from "warehouse"."marts"."mart_response_rate"
where bounced is null



  
  
      
    ) dbt_internal_test