
    select response_rate
    from "warehouse"."marts"."mart_response_rate"
    where
        response_rate is not null
        and (
            false or response_rate < 0 or response_rate > 1
        )
