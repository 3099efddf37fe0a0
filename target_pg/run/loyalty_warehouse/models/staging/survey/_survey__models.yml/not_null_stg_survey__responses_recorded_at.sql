
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select recorded_at
from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where recorded_at is null



  
  
      
    ) dbt_internal_test