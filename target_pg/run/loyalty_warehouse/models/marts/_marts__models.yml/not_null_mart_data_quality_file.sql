
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select file
from "warehouse"."marts"."mart_data_quality"
where file is null



  
  
      
    ) dbt_internal_test