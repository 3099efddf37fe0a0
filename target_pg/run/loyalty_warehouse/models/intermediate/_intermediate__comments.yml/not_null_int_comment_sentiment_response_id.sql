
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select response_id
from "warehouse"."intermediate"."int_comment_sentiment"
where response_id is null



  
  
      
    ) dbt_internal_test