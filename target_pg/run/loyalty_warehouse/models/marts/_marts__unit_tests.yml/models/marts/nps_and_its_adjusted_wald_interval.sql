
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "month","segment","responses","promoters","passives","detractors","nps","nps_ci_low","nps_ci_high", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__fct_survey_responses as (

-- Fixture for fct_survey_responses
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-02-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-02-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
),  __dbt__cte__int_customer_health_components as (

-- Fixture for int_customer_health_components
select cast(null as text) as "customer_id", cast(null as date) as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", cast(null as text) as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
    limit 0
), responses as (
    select * from __dbt__cte__fct_survey_responses
),

health_components as (
    select * from __dbt__cte__int_customer_health_components
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
        avg(1.0 * ces_score) as ces,
        sum(case when ces_score >= 5 then 1 else 0 end) as ces_high,
        count(appreciation_score) as appreciation_answers,
        avg(1.0 * appreciation_score) as appreciation,
        sum(case when appreciation_score >= 4 then 1 else 0 end) as appreciation_high
    from by_segment
    group by response_month, segment
    having count(nps_category) > 0
),

-- Shares of promoters (p) and detractors (d); the adjusted-Wald ones add 0.75 of each and
-- 3 answers, which keeps the interval sensible for small or unanimous months (SPEC §3).
shares as (
    select
        *,
        1.0 * promoters / responses as p,
        1.0 * detractors / responses as d,
        (promoters + 0.75) / (responses + 3.0) as p_adj,
        (detractors + 0.75) / (responses + 3.0) as d_adj
    from counted
),

scored as (
    select
        *,
        100 * (p - d) as nps,
        100 * sqrt((p + d - (p - d) * (p - d)) / responses) as nps_se,
        100 * sqrt((p_adj + d_adj - (p_adj - d_adj) * (p_adj - d_adj)) / (responses + 3.0)) as adj_se
    from shares
),

-- Respondent NPS pooled over the answers of M-2 … M (not a mean of three monthly NPS).
rolling_3m as (
    select
        scored.month,
        scored.segment,
        sum(window_months.responses) as responses_3m,
        100.0 * (sum(window_months.promoters) - sum(window_months.detractors))
        / sum(window_months.responses) as nps_3m
    from scored
    inner join counted as window_months
        on
            scored.segment = window_months.segment
            and scored.month >= window_months.month
            and 

    scored.month + ((interval '1 month') * (-2))

 <= window_months.month
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
        100.0 * (
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
        cast(round(cast(nps as decimal(38, 10)), 2) as decimal(9, 2)) as nps,
        -- Adjusted-Wald 95 % interval, clipped to the scale.
        cast(round(cast(greatest(-100, 100 * (p_adj - d_adj) - 1.96 * adj_se) as decimal(38, 10)), 2) as decimal(9, 2))
            as nps_ci_low,
        cast(round(cast(least(100, 100 * (p_adj - d_adj) + 1.96 * adj_se) as decimal(38, 10)), 2) as decimal(9, 2))
            as nps_ci_high,
        previous_month,
        cast(round(cast(nps_change as decimal(38, 10)), 2) as decimal(9, 2)) as nps_change,
        -- |z| > 1.96. Two unanimous months have no sampling error: any change is significant.
        case
            when nps_change is null then null
            when change_se = 0 then nps_change <> 0
            else abs(nps_change / change_se) > 1.96
        end as change_is_significant,
        cast(round(cast(100.0 * csat_satisfied / nullif(csat_answers, 0) as decimal(38, 10)), 2) as decimal(9, 2)) as csat,
        cast(round(cast(ces as decimal(38, 10)), 2) as decimal(9, 2)) as ces,
        cast(round(cast(100.0 * ces_high / nullif(ces_answers, 0) as decimal(38, 10)), 2) as decimal(9, 2))
            as ces_share_5_7,
        cast(round(cast(appreciation as decimal(38, 10)), 2) as decimal(9, 2)) as appreciation,
        cast(round(cast(100.0 * appreciation_high / nullif(appreciation_answers, 0) as decimal(38, 10)), 2) as decimal(9, 2))
            as appreciation_share_4_5,
        cast(csat_answers as bigint) as csat_answers,
        cast(ces_answers as bigint) as ces_answers,
        cast(appreciation_answers as bigint) as appreciation_answers,
        cast(responses_3m as bigint) as responses_3m,
        cast(round(cast(nps_3m as decimal(38, 10)), 2) as decimal(9, 2)) as nps_3m,
        cast(coalesce(accounts_scored, 0) as bigint) as accounts_scored,
        cast(round(cast(account_nps as decimal(38, 10)), 2) as decimal(9, 2)) as account_nps
    from with_accounts
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "month", "segment", "responses", "promoters", "passives", "detractors", "nps", "nps_ci_low", "nps_ci_high", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast('Enterprise' as text)
 as "segment", 
    
    cast('10' as bigint)
 as "responses", 
    
    cast('5' as bigint)
 as "promoters", 
    
    cast('3' as bigint)
 as "passives", 
    
    cast('2' as bigint)
 as "detractors", 
    
    cast('30.00' as numeric(9,2))
 as "nps", 
    
    cast('-19.05' as numeric(9,2))
 as "nps_ci_low", 
    
    cast('65.21' as numeric(9,2))
 as "nps_ci_high"
union all
select 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast('Enterprise' as text)
 as "segment", 
    
    cast('2' as bigint)
 as "responses", 
    
    cast('2' as bigint)
 as "promoters", 
    
    cast('0' as bigint)
 as "passives", 
    
    cast('0' as bigint)
 as "detractors", 
    
    cast('100.00' as numeric(9,2))
 as "nps", 
    
    cast('-24.41' as numeric(9,2))
 as "nps_ci_low", 
    
    cast('100.00' as numeric(9,2))
 as "nps_ci_high"
union all
select 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast('All' as text)
 as "segment", 
    
    cast('10' as bigint)
 as "responses", 
    
    cast('5' as bigint)
 as "promoters", 
    
    cast('3' as bigint)
 as "passives", 
    
    cast('2' as bigint)
 as "detractors", 
    
    cast('30.00' as numeric(9,2))
 as "nps", 
    
    cast('-19.05' as numeric(9,2))
 as "nps_ci_low", 
    
    cast('65.21' as numeric(9,2))
 as "nps_ci_high"
union all
select 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast('All' as text)
 as "segment", 
    
    cast('2' as bigint)
 as "responses", 
    
    cast('2' as bigint)
 as "promoters", 
    
    cast('0' as bigint)
 as "passives", 
    
    cast('0' as bigint)
 as "detractors", 
    
    cast('100.00' as numeric(9,2))
 as "nps", 
    
    cast('-24.41' as numeric(9,2))
 as "nps_ci_low", 
    
    cast('100.00' as numeric(9,2))
 as "nps_ci_high"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected