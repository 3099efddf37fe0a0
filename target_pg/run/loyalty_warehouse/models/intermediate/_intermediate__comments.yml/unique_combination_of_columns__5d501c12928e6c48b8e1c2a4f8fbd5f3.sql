
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        comment, user_language,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_comment_scores"
    group by comment, user_language
    having count(*) > 1

  
  
      
    ) dbt_internal_test