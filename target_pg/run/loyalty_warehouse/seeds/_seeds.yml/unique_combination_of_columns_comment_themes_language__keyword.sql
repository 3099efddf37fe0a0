
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        language, keyword,
        count(*) as rows_with_this_key
    from "warehouse"."seeds"."comment_themes"
    group by language, keyword
    having count(*) > 1

  
  
      
    ) dbt_internal_test