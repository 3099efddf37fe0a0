
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select currency
from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
where currency is null



  
  
      
    ) dbt_internal_test