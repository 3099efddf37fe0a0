
    select top20_revenue_share
    from "warehouse"."marts"."fin_loyalty_summary"
    where
        top20_revenue_share is not null
        and (
            false or top20_revenue_share < 0 or top20_revenue_share > 1
        )
