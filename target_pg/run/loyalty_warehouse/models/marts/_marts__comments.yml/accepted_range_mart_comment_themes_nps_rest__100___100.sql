
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select nps_rest
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_rest is not null
        and (
            false or nps_rest < -100 or nps_rest > 100
        )

  
  
      
    ) dbt_internal_test