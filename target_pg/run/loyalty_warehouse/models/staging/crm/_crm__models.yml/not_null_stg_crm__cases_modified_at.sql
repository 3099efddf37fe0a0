
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select modified_at
from (select * from "warehouse"."staging"."stg_crm__cases" where true) as dbt_subquery
where modified_at is null



  
  
      
    ) dbt_internal_test