
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select source_file
from "warehouse"."staging"."stg_loader__loads"
where source_file is null



  
  
      
    ) dbt_internal_test