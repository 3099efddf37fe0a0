
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select parameter_value
from "warehouse"."seeds"."health_score_parameters"
where parameter_value is null



  
  
      
    ) dbt_internal_test