
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select parameter
from "warehouse"."seeds"."health_score_parameters"
where parameter is null



  
  
      
    ) dbt_internal_test