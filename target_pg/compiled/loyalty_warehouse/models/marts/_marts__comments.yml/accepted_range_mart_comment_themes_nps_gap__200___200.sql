
    select nps_gap
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_gap is not null
        and (
            false or nps_gap < -200 or nps_gap > 200
        )
