
    select ces_score
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where
        ces_score is not null
        and (
            false or ces_score < 1 or ces_score > 7
        )
