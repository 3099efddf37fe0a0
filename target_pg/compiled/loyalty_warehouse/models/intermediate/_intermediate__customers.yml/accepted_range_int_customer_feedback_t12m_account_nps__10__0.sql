
    select account_nps
    from "warehouse"."intermediate"."int_customer_feedback_t12m"
    where
        account_nps is not null
        and (
            false or account_nps < 0 or account_nps > 10
        )
