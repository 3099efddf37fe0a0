
    select nps_rest
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_rest is not null
        and (
            false or nps_rest < -100 or nps_rest > 100
        )
