
    select nps_mentioning
    from "warehouse"."marts"."mart_comment_themes"
    where
        nps_mentioning is not null
        and (
            false or nps_mentioning < -100 or nps_mentioning > 100
        )
