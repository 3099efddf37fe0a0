
    select
        distribution_id, contact_external_reference,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_survey__distributions" where true) as dbt_subquery
    group by distribution_id, contact_external_reference
    having count(*) > 1
