
    select comment_sentiment
    from "warehouse"."intermediate"."int_comment_scores"
    where
        comment_sentiment is not null
        and (
            false or comment_sentiment < -1 or comment_sentiment > 1
        )
