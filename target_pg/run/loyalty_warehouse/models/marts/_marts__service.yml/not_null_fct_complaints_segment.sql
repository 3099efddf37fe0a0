
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select segment
from "warehouse"."marts"."fct_complaints"
where segment is null



  
  
      
    ) dbt_internal_test