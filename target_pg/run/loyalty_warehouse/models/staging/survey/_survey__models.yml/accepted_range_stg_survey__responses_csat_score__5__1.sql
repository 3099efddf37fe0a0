
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select csat_score
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where
        csat_score is not null
        and (
            false or csat_score < 1 or csat_score > 5
        )

  
  
      
    ) dbt_internal_test