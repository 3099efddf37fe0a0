
    select
        user_id, modified_at,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_crm__users" where true) as dbt_subquery
    group by user_id, modified_at
    having count(*) > 1
