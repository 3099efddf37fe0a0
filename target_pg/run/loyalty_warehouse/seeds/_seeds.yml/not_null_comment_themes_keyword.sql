
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select keyword
from "warehouse"."seeds"."comment_themes"
where keyword is null



  
  
      
    ) dbt_internal_test