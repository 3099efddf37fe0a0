
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select survey_id
from "warehouse"."marts"."mart_response_rate"
where survey_id is null



  
  
      
    ) dbt_internal_test