
    select health_score
    from "warehouse"."marts"."mart_customer_health"
    where
        health_score is not null
        and (
            false or health_score < 0 or health_score > 100
        )
