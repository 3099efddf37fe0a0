
    select nps_3m
    from "warehouse"."marts"."mart_nps_monthly"
    where
        nps_3m is not null
        and (
            false or nps_3m < -100 or nps_3m > 100
        )
