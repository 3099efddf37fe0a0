
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        month, theme,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_comment_themes"
    group by month, theme
    having count(*) > 1

  
  
      
    ) dbt_internal_test