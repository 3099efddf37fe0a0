
    select revenue_weighted_nps
    from "warehouse"."marts"."fin_loyalty_summary"
    where
        revenue_weighted_nps is not null
        and (
            false or revenue_weighted_nps < -100 or revenue_weighted_nps > 100
        )
