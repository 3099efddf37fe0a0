
    select
        account_id, valid_from,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_accounts_historized"
    group by account_id, valid_from
    having count(*) > 1
