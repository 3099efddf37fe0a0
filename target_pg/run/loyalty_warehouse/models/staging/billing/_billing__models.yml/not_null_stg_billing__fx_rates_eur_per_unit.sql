
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select eur_per_unit
from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
where eur_per_unit is null



  
  
      
    ) dbt_internal_test