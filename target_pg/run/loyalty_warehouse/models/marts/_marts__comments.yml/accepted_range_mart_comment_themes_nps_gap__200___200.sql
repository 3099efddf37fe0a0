
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select nps_gap
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_gap is not null
        and (
            false or nps_gap < -200 or nps_gap > 200
        )

  
  
      
    ) dbt_internal_test