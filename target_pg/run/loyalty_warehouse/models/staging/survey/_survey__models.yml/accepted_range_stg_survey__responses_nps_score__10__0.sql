
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select nps_score
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where
        nps_score is not null
        and (
            false or nps_score < 0 or nps_score > 10
        )

  
  
      
    ) dbt_internal_test