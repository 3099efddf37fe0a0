
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select *
    from "warehouse"."seeds"."comment_themes"
    where not (keyword = lower(trim(keyword)))

  
  
      
    ) dbt_internal_test