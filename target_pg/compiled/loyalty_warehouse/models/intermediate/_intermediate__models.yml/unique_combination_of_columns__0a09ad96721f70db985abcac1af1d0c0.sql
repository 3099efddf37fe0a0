
    select
        user_id, valid_from,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_users_historized"
    group by user_id, valid_from
    having count(*) > 1
