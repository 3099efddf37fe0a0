
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select industry_alias
from "warehouse"."seeds"."industry_aliases"
where industry_alias is null



  
  
      
    ) dbt_internal_test