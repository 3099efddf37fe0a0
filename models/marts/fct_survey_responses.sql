with

responses as (
    select * from {{ ref('int_survey_responses_attributed') }}
    where is_counting
),

final as (
    select
        response_id,
        survey_id,
        recorded_at,
        {{ month_start('recorded_at') }} as response_month,
        contact_id,
        customer_id,
        segment,
        account_manager_id,
        department,
        nps_score,
        {{ nps_category('nps_score') }} as nps_category,
        csat_score,
        ces_score,
        appreciation_score,
        comment,
        contact_match
    from responses
)

select * from final
