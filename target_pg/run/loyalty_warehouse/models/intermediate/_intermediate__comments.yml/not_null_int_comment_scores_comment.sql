
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select comment
from "warehouse"."intermediate"."int_comment_scores"
where comment is null



  
  
      
    ) dbt_internal_test