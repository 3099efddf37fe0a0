
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        response_id, theme,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_comment_themes"
    group by response_id, theme
    having count(*) > 1

  
  
      
    ) dbt_internal_test