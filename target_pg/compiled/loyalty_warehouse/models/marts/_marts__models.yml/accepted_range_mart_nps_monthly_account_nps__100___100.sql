
    select account_nps
    from "warehouse"."marts"."mart_nps_monthly"
    where
        account_nps is not null
        and (
            false or account_nps < -100 or account_nps > 100
        )
