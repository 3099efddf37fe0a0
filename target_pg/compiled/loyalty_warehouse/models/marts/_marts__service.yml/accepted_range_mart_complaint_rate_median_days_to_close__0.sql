
    select median_days_to_close
    from "warehouse"."marts"."mart_complaint_rate"
    where
        median_days_to_close is not null
        and (
            false or median_days_to_close < 0
        )
