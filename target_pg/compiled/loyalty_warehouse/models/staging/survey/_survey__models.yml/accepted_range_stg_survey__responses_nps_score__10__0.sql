
    select nps_score
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where
        nps_score is not null
        and (
            false or nps_score < 0 or nps_score > 10
        )
