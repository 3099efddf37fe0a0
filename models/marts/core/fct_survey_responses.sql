{{ config(**incremental_by('response_id', 'changed_responses()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the response_ids changed_responses() lists.

with

responses as (
    select * from {{ ref('int_survey_responses_attributed') }}
    where
        is_counting
    {% if is_incremental() %}
        and response_id in (select * from {{ changed_keys() }})
    {% endif %}
),

sentiment as (
    select * from {{ ref('int_comment_sentiment') }}
),

comment_themes as (
    select * from {{ ref('int_comment_themes') }}
),

-- One string per response, themes sorted, so that "delivery, price" reads the same everywhere.
themes_per_response as (
    select
        response_id,
        {{ string_agg_ordered('theme', ', ', 'theme') }} as comment_themes
    from comment_themes
    group by response_id
),

final as (
    select
        responses.response_id,
        responses.survey_id,
        responses.recorded_at,
        {{ month_start('responses.recorded_at') }} as response_month,
        responses.contact_id,
        responses.customer_id,
        responses.segment,
        responses.account_manager_id,
        responses.department,
        responses.nps_score,
        {{ nps_category('responses.nps_score') }} as nps_category,
        responses.csat_score,
        responses.ces_score,
        responses.appreciation_score,
        -- Published without the e-mail addresses and phone numbers typed into it (SPEC §4).
        {{ mask_contact_details('responses.comment') }} as comment,
        sentiment.comment_sentiment,
        sentiment.comment_sentiment_label,
        sentiment.sentiment_language as comment_language,
        themes_per_response.comment_themes,
        responses.contact_match,
        responses.respondent_role
    from responses
    left join sentiment
        on responses.response_id = sentiment.response_id
    left join themes_per_response
        on responses.response_id = themes_per_response.response_id
)

select * from final
