
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select segment
from "warehouse"."marts"."mart_nps_monthly"
where segment is null



  
  
      
    ) dbt_internal_test