
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select sentiment_language
from "warehouse"."intermediate"."int_comment_scores"
where sentiment_language is null



  
  
      
    ) dbt_internal_test