-- The respondent-level inputs of the key-driver analysis (orchestration/drivers.py): one row per
-- counting response of a known customer that answered NPS, CSAT, CES and appreciation (listwise
-- deletion: a fit needs every predictor of a row). Comment themes come from int_comment_themes.

with

responses as (
    select
        response_id,
        recorded_at,
        customer_id,
        segment,
        nps_score,
        csat_score,
        ces_score,
        appreciation_score
    from {{ ref('int_survey_responses_attributed') }}
    where
        is_counting
        and customer_id is not null
        and nps_score is not null
        and csat_score is not null
        and ces_score is not null
        and appreciation_score is not null
),

complaints as (
    select
        customer_id,
        created_at
    from {{ ref('int_cases_attributed') }}
    where is_complaint and not is_deleted and customer_id is not null
),

-- The account's complaints created in the 90 days before the answer (not after it: a complaint
-- the answer may have prompted is no cause of it).
complaints_before as (
    select
        responses.response_id,
        count(*) as complaints_90d
    from responses
    inner join complaints
        on
            responses.customer_id = complaints.customer_id
            and responses.recorded_at > complaints.created_at
            and {{ dbt.dateadd('day', -90, 'responses.recorded_at') }} <= complaints.created_at
    group by responses.response_id
),

final as (
    select
        responses.response_id,
        cast({{ month_start('responses.recorded_at') }} as date) as response_month,
        responses.customer_id,
        responses.segment,
        responses.nps_score,
        responses.csat_score,
        responses.ces_score,
        responses.appreciation_score,
        cast(coalesce(complaints_before.complaints_90d, 0) as bigint) as complaints_90d
    from responses
    left join complaints_before
        on responses.response_id = complaints_before.response_id
)

select * from final
