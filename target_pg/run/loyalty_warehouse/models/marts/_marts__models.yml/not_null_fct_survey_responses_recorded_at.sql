
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select recorded_at
from "warehouse"."marts"."fct_survey_responses"
where recorded_at is null



  
  
      
    ) dbt_internal_test