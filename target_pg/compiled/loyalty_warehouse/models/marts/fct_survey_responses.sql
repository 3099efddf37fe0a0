
-- Incremental (macros/incremental.sql): each run rebuilds the response_ids changed_responses() lists.

with

responses as (
    select * from "warehouse"."intermediate"."int_survey_responses_attributed"
    where
        is_counting
    
        and response_id in (select * from pg_temp._changed_fct_survey_responses)
    
),

sentiment as (
    select * from "warehouse"."intermediate"."int_comment_sentiment"
),

comment_themes as (
    select * from "warehouse"."intermediate"."int_comment_themes"
),

-- One string per response, themes sorted, so that "delivery, price" reads the same everywhere.
themes_per_response as (
    select
        response_id,
        
    string_agg(
        theme,
        ', '
        order by theme
        ) as comment_themes
    from comment_themes
    group by response_id
),

final as (
    select
        responses.response_id,
        responses.survey_id,
        responses.recorded_at,
        cast(date_trunc('month', responses.recorded_at) as date) as response_month,
        responses.contact_id,
        responses.customer_id,
        responses.segment,
        responses.account_manager_id,
        responses.department,
        responses.nps_score,
        case
        when responses.nps_score >= 9 then 'promoter'
        when responses.nps_score >= 7 then 'passive'
        when responses.nps_score >= 0 then 'detractor'
    end as nps_category,
        responses.csat_score,
        responses.ces_score,
        responses.appreciation_score,
        responses.comment,
        sentiment.comment_sentiment,
        sentiment.comment_sentiment_label,
        sentiment.sentiment_language as comment_language,
        themes_per_response.comment_themes,
        responses.contact_match
    from responses
    left join sentiment
        on responses.response_id = sentiment.response_id
    left join themes_per_response
        on responses.response_id = themes_per_response.response_id
)

select * from final