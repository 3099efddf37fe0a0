
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select appreciation_score
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where
        appreciation_score is not null
        and (
            false or appreciation_score < 1 or appreciation_score > 5
        )

  
  
      
    ) dbt_internal_test