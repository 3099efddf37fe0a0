
    select account_nps
    from "warehouse"."marts"."mart_customer_health"
    where
        account_nps is not null
        and (
            false or account_nps < 0 or account_nps > 10
        )
