
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select contact_id
from (select * from "warehouse"."staging"."stg_crm__contacts" where true) as dbt_subquery
where contact_id is null



  
  
      
    ) dbt_internal_test