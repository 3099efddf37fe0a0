
    select
        customer_id, month,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_customer_health_components"
    group by customer_id, month
    having count(*) > 1
