
    select
        customer_id, month,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_customer_health"
    group by customer_id, month
    having count(*) > 1
