
    select complaint_rate
    from "warehouse"."marts"."mart_complaint_rate"
    where
        complaint_rate is not null
        and (
            false or complaint_rate < 0
        )
