
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select open_complaints
from "warehouse"."marts"."mart_complaint_rate"
where open_complaints is null



  
  
      
    ) dbt_internal_test