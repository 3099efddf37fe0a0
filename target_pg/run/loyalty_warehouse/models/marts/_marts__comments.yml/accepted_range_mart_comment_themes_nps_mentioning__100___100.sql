
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select nps_mentioning
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_mentioning is not null
        and (
            false or nps_mentioning < -100 or nps_mentioning > 100
        )

  
  
      
    ) dbt_internal_test