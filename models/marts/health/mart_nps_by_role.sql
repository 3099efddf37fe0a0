-- NPS by respondent role (seed contact_roles): do the people who sign the contract see us as
-- the people who use what we sell do? Each response counts in its contact's role as of the
-- response, and in the `All` total; anonymous responses are role `unknown`.

with

responses as (
    select * from {{ ref('fct_survey_responses') }}
),

by_role as (
    select
        response_month,
        respondent_role,
        nps_category,
        csat_score,
        ces_score,
        appreciation_score
    from responses
    union all
    select
        response_month,
        'All' as respondent_role,
        nps_category,
        csat_score,
        ces_score,
        appreciation_score
    from responses
),

-- One row per month and role with NPS answers (as mart_nps_monthly per segment).
counted as (
    select
        response_month as month,
        respondent_role,
        count(nps_category) as responses,
        sum(case when nps_category = 'promoter' then 1 else 0 end) as promoters,
        sum(case when nps_category = 'passive' then 1 else 0 end) as passives,
        sum(case when nps_category = 'detractor' then 1 else 0 end) as detractors,
        count(csat_score) as csat_answers,
        sum(case when csat_score >= 4 then 1 else 0 end) as csat_satisfied,
        count(ces_score) as ces_answers,
        avg({{ as_double(1) }} * ces_score) as ces,
        count(appreciation_score) as appreciation_answers,
        avg({{ as_double(1) }} * appreciation_score) as appreciation
    from by_role
    group by response_month, respondent_role
    having count(nps_category) > 0
),

-- A month of one role is a small sample: the answers of M-11 … M pooled give a steadier NPS.
rolling_t12m as (
    select
        counted.month,
        counted.respondent_role,
        sum(window_months.responses) as responses_t12m,
        sum(window_months.promoters) as promoters_t12m,
        sum(window_months.detractors) as detractors_t12m
    from counted
    inner join counted as window_months
        on
            counted.respondent_role = window_months.respondent_role
            and counted.month >= window_months.month
            and {{ dbt.dateadd('month', -11, 'counted.month') }} <= window_months.month
    group by counted.month, counted.respondent_role
),

shares as (
    select
        counted.*,
        rolling_t12m.responses_t12m,
        rolling_t12m.promoters_t12m,
        rolling_t12m.detractors_t12m
    from counted
    inner join rolling_t12m
        on
            counted.month = rolling_t12m.month
            and counted.respondent_role = rolling_t12m.respondent_role
),

scored as (
    select
        *,
        {{ as_double(100) }} * (promoters - detractors) / responses as nps,
        {{ as_double(100) }} * (promoters_t12m - detractors_t12m) / responses_t12m as nps_t12m
    from shares
),

final as (
    select
        cast(month as date) as month,
        respondent_role,
        cast(responses as bigint) as responses,
        cast(promoters as bigint) as promoters,
        cast(passives as bigint) as passives,
        cast(detractors as bigint) as detractors,
        {% call round_to_decimal(9, 2) %}nps{% endcall %} as nps,
        -- Adjusted-Wald 95 % interval (macros/nps_interval.sql).
        {% call round_to_decimal(9, 2) %}
            (
                {{ nps_interval_bound('promoters', 'detractors', 'responses', 'low') }}
            )
        {% endcall %} as nps_ci_low,
        {% call round_to_decimal(9, 2) %}
            (
                {{ nps_interval_bound('promoters', 'detractors', 'responses', 'high') }}
            )
        {% endcall %} as nps_ci_high,
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * csat_satisfied / nullif(csat_answers, 0){% endcall %} as csat,
        {% call round_to_decimal(9, 2) %}ces{% endcall %} as ces,
        {% call round_to_decimal(9, 2) %}appreciation{% endcall %} as appreciation,
        cast(csat_answers as bigint) as csat_answers,
        cast(ces_answers as bigint) as ces_answers,
        cast(appreciation_answers as bigint) as appreciation_answers,
        cast(responses_t12m as bigint) as responses_t12m,
        {% call round_to_decimal(9, 2) %}nps_t12m{% endcall %} as nps_t12m,
        {% call round_to_decimal(9, 2) %}
            (
                {{ nps_interval_bound('promoters_t12m', 'detractors_t12m', 'responses_t12m', 'low') }}
            )
        {% endcall %} as nps_t12m_ci_low,
        {% call round_to_decimal(9, 2) %}
            (
                {{ nps_interval_bound('promoters_t12m', 'detractors_t12m', 'responses_t12m', 'high') }}
            )
        {% endcall %} as nps_t12m_ci_high
    from scored
)

select * from final
