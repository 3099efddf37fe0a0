
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select response_month
from "warehouse"."marts"."fct_survey_responses"
where response_month is null



  
  
      
    ) dbt_internal_test