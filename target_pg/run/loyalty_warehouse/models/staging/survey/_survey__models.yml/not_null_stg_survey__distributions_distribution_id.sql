
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select distribution_id
from (select * from "warehouse"."staging"."stg_survey__distributions" where true) as dbt_subquery
where distribution_id is null



  
  
      
    ) dbt_internal_test