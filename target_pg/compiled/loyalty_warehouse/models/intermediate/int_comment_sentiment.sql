with

responses as (
    select * from "warehouse"."intermediate"."int_survey_responses_attributed"
),

scores as (
    select * from "warehouse"."intermediate"."int_comment_scores"
),

final as (
    select
        responses.response_id,
        scores.comment_sentiment,
        scores.comment_sentiment_label,
        scores.sentiment_language
    from responses
    inner join scores
        on
            responses.comment = scores.comment
            and responses.user_language is not distinct from scores.user_language
)

select * from final