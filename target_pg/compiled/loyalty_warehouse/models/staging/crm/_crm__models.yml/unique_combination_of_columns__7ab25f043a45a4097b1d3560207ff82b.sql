
    select
        case_id, modified_at,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_crm__cases" where true) as dbt_subquery
    group by case_id, modified_at
    having count(*) > 1
