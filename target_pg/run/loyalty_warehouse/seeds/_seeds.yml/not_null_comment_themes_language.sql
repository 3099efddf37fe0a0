
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select language
from "warehouse"."seeds"."comment_themes"
where language is null



  
  
      
    ) dbt_internal_test