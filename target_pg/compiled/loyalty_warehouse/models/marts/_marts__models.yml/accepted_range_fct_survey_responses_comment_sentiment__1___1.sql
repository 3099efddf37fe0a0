
    select comment_sentiment
    from "warehouse"."marts"."fct_survey_responses"
    where
        comment_sentiment is not null
        and (
            false or comment_sentiment < -1 or comment_sentiment > 1
        )
