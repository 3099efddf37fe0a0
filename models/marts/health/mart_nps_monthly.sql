with

responses as (
    select * from {{ ref('fct_survey_responses') }}
),

health_components as (
    select * from {{ ref('int_customer_health_components') }}
),

-- Every response counts in its segment (as of the response) and in the `All` total.
by_segment as (
    select
        response_month,
        segment,
        nps_category,
        csat_score,
        ces_score,
        appreciation_score
    from responses
    union all
    select
        response_month,
        'All' as segment,
        nps_category,
        csat_score,
        ces_score,
        appreciation_score
    from responses
),

-- One row per month and segment with NPS answers; CSAT, CES and appreciation are over every
-- counting response of that month and segment (any survey that asks them).
counted as (
    select
        response_month as month,
        segment,
        count(nps_category) as responses,
        sum(case when nps_category = 'promoter' then 1 else 0 end) as promoters,
        sum(case when nps_category = 'passive' then 1 else 0 end) as passives,
        sum(case when nps_category = 'detractor' then 1 else 0 end) as detractors,
        count(csat_score) as csat_answers,
        sum(case when csat_score >= 4 then 1 else 0 end) as csat_satisfied,
        count(ces_score) as ces_answers,
        avg({{ as_double(1) }} * ces_score) as ces,
        sum(case when ces_score >= 5 then 1 else 0 end) as ces_high,
        count(appreciation_score) as appreciation_answers,
        avg({{ as_double(1) }} * appreciation_score) as appreciation,
        sum(case when appreciation_score >= 4 then 1 else 0 end) as appreciation_high
    from by_segment
    group by response_month, segment
    having count(nps_category) > 0
),

-- Shares of promoters (p) and detractors (d). The interval is adjusted Wald
-- (macros/nps_interval.sql), which keeps it sensible for small or unanimous months (SPEC §3).
shares as (
    select
        *,
        {{ as_double(1) }} * promoters / responses as p,
        {{ as_double(1) }} * detractors / responses as d
    from counted
),

scored as (
    select
        *,
        100 * (p - d) as nps,
        100 * sqrt((p + d - (p - d) * (p - d)) / responses) as nps_se
    from shares
),

-- Respondent NPS pooled over the answers of M-2 … M (not a mean of three monthly NPS).
rolling_3m as (
    select
        scored.month,
        scored.segment,
        sum(window_months.responses) as responses_3m,
        {{ as_double(100) }} * (sum(window_months.promoters) - sum(window_months.detractors))
        / sum(window_months.responses) as nps_3m
    from scored
    inner join counted as window_months
        on
            scored.segment = window_months.segment
            and scored.month >= window_months.month
            and {{ dbt.dateadd('month', -2, 'scored.month') }} <= window_months.month
    group by scored.month, scored.segment
),

-- Account-weighted NPS: each customer counts once, by its loyalty category at M (SPEC §3:
-- the mean of its contacts' latest answers in T12M), in its segment as of M.
customer_categories as (
    select
        month,
        segment,
        loyalty_category
    from health_components
    where loyalty_category <> 'no score'
    union all
    select
        month,
        'All' as segment,
        loyalty_category
    from health_components
    where loyalty_category <> 'no score'
),

account_nps as (
    select
        month,
        segment,
        count(*) as accounts_scored,
        {{ as_double(100) }} * (
            sum(case when loyalty_category = 'promoter' then 1 else 0 end)
            - sum(case when loyalty_category = 'detractor' then 1 else 0 end)
        ) / count(*) as account_nps
    from customer_categories
    group by month, segment
),

-- Every row has answers, so the previous row of the segment is the latest earlier month
-- with answers: that is what nps_change compares with.
compared as (
    select
        *,
        lag(month) over (partition by segment order by month) as previous_month,
        nps - lag(nps) over (partition by segment order by month) as nps_change,
        sqrt(
            nps_se * nps_se
            + lag(nps_se * nps_se) over (partition by segment order by month)
        ) as change_se
    from scored
),

with_accounts as (
    select
        compared.*,
        rolling_3m.responses_3m,
        rolling_3m.nps_3m,
        account_nps.accounts_scored,
        account_nps.account_nps
    from compared
    inner join rolling_3m
        on compared.month = rolling_3m.month and compared.segment = rolling_3m.segment
    left join account_nps
        on compared.month = account_nps.month and compared.segment = account_nps.segment
),

final as (
    select
        month,
        segment,
        cast(responses as bigint) as responses,
        cast(promoters as bigint) as promoters,
        cast(passives as bigint) as passives,
        cast(detractors as bigint) as detractors,
        {% call round_to_decimal(9, 2) %}nps{% endcall %} as nps,
        -- Adjusted-Wald 95 % interval, clipped to the scale.
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
        previous_month,
        {% call round_to_decimal(9, 2) %}nps_change{% endcall %} as nps_change,
        -- |z| > 1.96. Two unanimous months have no sampling error: any change is significant.
        case
            when nps_change is null then null
            when change_se = 0 then nps_change <> 0
            else abs(nps_change / change_se) > 1.96
        end as change_is_significant,
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * csat_satisfied / nullif(csat_answers, 0){% endcall %} as csat,
        {% call round_to_decimal(9, 2) %}ces{% endcall %} as ces,
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * ces_high / nullif(ces_answers, 0){% endcall %}
            as ces_share_5_7,
        {% call round_to_decimal(9, 2) %}appreciation{% endcall %} as appreciation,
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * appreciation_high / nullif(appreciation_answers, 0){% endcall %}
            as appreciation_share_4_5,
        cast(csat_answers as bigint) as csat_answers,
        cast(ces_answers as bigint) as ces_answers,
        cast(appreciation_answers as bigint) as appreciation_answers,
        cast(responses_3m as bigint) as responses_3m,
        {% call round_to_decimal(9, 2) %}nps_3m{% endcall %} as nps_3m,
        cast(coalesce(accounts_scored, 0) as bigint) as accounts_scored,
        {% call round_to_decimal(9, 2) %}account_nps{% endcall %} as account_nps
    from with_accounts
)

select * from final
