
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select case_id
from (select * from "warehouse"."staging"."stg_crm__cases" where true) as dbt_subquery
where case_id is null



  
  
      
    ) dbt_internal_test