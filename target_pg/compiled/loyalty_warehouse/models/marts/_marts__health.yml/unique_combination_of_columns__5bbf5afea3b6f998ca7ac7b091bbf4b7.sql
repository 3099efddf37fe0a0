
    select
        month, department, account_manager_id,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_health_by_owner"
    group by month, department, account_manager_id
    having count(*) > 1
