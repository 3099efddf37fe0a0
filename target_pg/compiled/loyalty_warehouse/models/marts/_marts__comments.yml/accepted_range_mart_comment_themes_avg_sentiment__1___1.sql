
    select avg_sentiment
    from "warehouse"."marts"."mart_comment_themes"
    where
        avg_sentiment is not null
        and (
            false or avg_sentiment < -1 or avg_sentiment > 1
        )
