
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "customer_id","month","respondents","nps_respondents","account_nps","csat", 'actual' as "actual_or_expected"
  from (
    
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

-- A response is in the T12M window of its own month and the 11 after: each response adds to
-- its customer's running totals (macros/running_totals.sql) in its month and leaves them 12
-- months later, so a customer's totals at month M are the sums over its T12M window ending M.

with

 __dbt__cte__int_months as (

-- Fixture for int_months
select 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(15 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast(16 as bigint)
 as "months_of_history"
),  __dbt__cte__int_survey_responses_attributed as (

-- Fixture for int_survey_responses_attributed
select 
    
    cast('r1' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2025-02-10 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C1' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(10 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r2' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2025-12-05 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C1' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(2 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r3' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-02-03 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C1' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(10 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r4' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-01-20 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C2' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(9 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r5' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-01-25 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C2' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(null as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", 
    
    cast(5 as integer)
 as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r6' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2025-01-15 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C3' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(8 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r7' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-01-10 10:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('C3' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(False as boolean)
 as "is_counting", 
    
    cast(10 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r8' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-02-01 00:00:00' as timestamp without time zone)
 as "recorded_at", 
    
    cast('D1' as text)
 as "contact_id", cast(null as text) as "contact_match", 
    
    cast('B' as text)
 as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(7 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
), months as (
    select * from __dbt__cte__int_months
),

responses as (
    select
        response_id,
        customer_id,
        contact_id,
        recorded_at,
        cast(date_trunc('month', recorded_at) as date) as response_month,
        nps_score,
        csat_score,
        ces_score,
        appreciation_score
    from __dbt__cte__int_survey_responses_attributed
    -- A response belongs to the account of its contact as of the response (SPEC §3).
    where is_counting and customer_id is not null
    
),

-- A contact is a respondent in the windows of the 12 months from each of its responses: from
-- one response until its next response (which takes over) or for 12 months, if sooner.
-- (least() skips the NULL lead of a contact's last response.)
respondent_spans as (
    select
        customer_id,
        response_month as span_from,
        least(
            lead(response_month) over (partition by customer_id, contact_id order by response_month),
            

    response_month + ((interval '1 month') * (12))


        ) as span_to,
        1 as respondents
    from responses
),

-- Likewise a contact's NPS answer is its latest in the windows from its month until its next
-- NPS answer, for at most 12 months. Ties: the later recorded_at, then the higher ResponseId
-- (arbitrary but stable); an answer overtaken in its own month has an empty span.
nps_spans as (
    select
        customer_id,
        response_month as span_from,
        least(
            lead(response_month) over (
                partition by customer_id, contact_id order by recorded_at, response_id
            ),
            

    response_month + ((interval '1 month') * (12))


        ) as span_to,
        1 as nps_respondents,
        nps_score as nps_sum
    from responses
    where nps_score is not null
),

-- Each month's answers, per customer, in the windows of that month and the 11 after.
answer_spans as (
    select
        customer_id,
        response_month as span_from,
        

    response_month + ((interval '1 month') * (12))

 as span_to,
        count(*) as responses,
        count(csat_score) as csat_answers,
        count(case when csat_score >= 4 then 1 end) as csat_satisfied,
        count(ces_score) as ces_answers,
        coalesce(sum(ces_score), 0) as ces_sum,
        count(appreciation_score) as appreciation_answers,
        coalesce(sum(appreciation_score), 0) as appreciation_sum
    from responses
    group by customer_id, response_month
),

-- Each source's changes to the running totals (macros/running_totals.sql), summed on its own:
-- a single sum over the union of all of them outgrew memory at 2M accounts.
respondent_changes as (
    select
        respondent_spans.customer_id,
        cast(
            case when signs.sign = 1 then respondent_spans.span_from else respondent_spans.span_to end as date
        ) as month,
            sum(signs.sign * respondent_spans.respondents) as respondents
    from respondent_spans
    cross join (select 1 as sign union all select -1 as sign) as signs
    where respondent_spans.span_from < respondent_spans.span_to
    group by respondent_spans.customer_id, month
),

nps_changes as (
    select
        nps_spans.customer_id,
        cast(
            case when signs.sign = 1 then nps_spans.span_from else nps_spans.span_to end as date
        ) as month,
            sum(signs.sign * nps_spans.nps_respondents) as nps_respondents,
            sum(signs.sign * nps_spans.nps_sum) as nps_sum
    from nps_spans
    cross join (select 1 as sign union all select -1 as sign) as signs
    where nps_spans.span_from < nps_spans.span_to
    group by nps_spans.customer_id, month
),

answer_changes as (
    select
        answer_spans.customer_id,
        cast(
            case when signs.sign = 1 then answer_spans.span_from else answer_spans.span_to end as date
        ) as month,
            sum(signs.sign * answer_spans.responses) as responses,
            sum(signs.sign * answer_spans.csat_answers) as csat_answers,
            sum(signs.sign * answer_spans.csat_satisfied) as csat_satisfied,
            sum(signs.sign * answer_spans.ces_answers) as ces_answers,
            sum(signs.sign * answer_spans.ces_sum) as ces_sum,
            sum(signs.sign * answer_spans.appreciation_answers) as appreciation_answers,
            sum(signs.sign * answer_spans.appreciation_sum) as appreciation_sum
    from answer_spans
    cross join (select 1 as sign union all select -1 as sign) as signs
    where answer_spans.span_from < answer_spans.span_to
    group by answer_spans.customer_id, month
),

change_months as (
    select
        customer_id,
        month
    from respondent_changes
    union
    select
        customer_id,
        month
    from nps_changes
    union
    select
        customer_id,
        month
    from answer_changes
),

monthly_changes as (
    select
        change_months.customer_id,
        change_months.month,
        coalesce(respondent_changes.respondents, 0) as respondents,
        coalesce(nps_changes.nps_respondents, 0) as nps_respondents,
        coalesce(nps_changes.nps_sum, 0) as nps_sum,
        coalesce(answer_changes.responses, 0) as responses,
        coalesce(answer_changes.csat_answers, 0) as csat_answers,
        coalesce(answer_changes.csat_satisfied, 0) as csat_satisfied,
        coalesce(answer_changes.ces_answers, 0) as ces_answers,
        coalesce(answer_changes.ces_sum, 0) as ces_sum,
        coalesce(answer_changes.appreciation_answers, 0) as appreciation_answers,
        coalesce(answer_changes.appreciation_sum, 0) as appreciation_sum
    from change_months
    left join respondent_changes
        on
            change_months.customer_id = respondent_changes.customer_id
            and change_months.month = respondent_changes.month
    left join nps_changes
        on
            change_months.customer_id = nps_changes.customer_id
            and change_months.month = nps_changes.month
    left join answer_changes
        on
            change_months.customer_id = answer_changes.customer_id
            and change_months.month = answer_changes.month
),

-- The totals from each month with a change until the next one.
totals as (
    select
        customer_id,
        month as valid_from,
        coalesce(
            lead(month) over (partition by customer_id order by month), cast('9999-12-31 00:00:00' as timestamp)
        ) as valid_to,
            sum(respondents) over (
                partition by customer_id order by month rows unbounded preceding
            ) as respondents,
            sum(nps_respondents) over (
                partition by customer_id order by month rows unbounded preceding
            ) as nps_respondents,
            sum(nps_sum) over (
                partition by customer_id order by month rows unbounded preceding
            ) as nps_sum,
            sum(responses) over (
                partition by customer_id order by month rows unbounded preceding
            ) as responses,
            sum(csat_answers) over (
                partition by customer_id order by month rows unbounded preceding
            ) as csat_answers,
            sum(csat_satisfied) over (
                partition by customer_id order by month rows unbounded preceding
            ) as csat_satisfied,
            sum(ces_answers) over (
                partition by customer_id order by month rows unbounded preceding
            ) as ces_answers,
            sum(ces_sum) over (
                partition by customer_id order by month rows unbounded preceding
            ) as ces_sum,
            sum(appreciation_answers) over (
                partition by customer_id order by month rows unbounded preceding
            ) as appreciation_answers,
            sum(appreciation_sum) over (
                partition by customer_id order by month rows unbounded preceding
            ) as appreciation_sum
    from monthly_changes
),

final as (
    select
        totals.customer_id,
        months.month,
        cast(totals.respondents as bigint) as respondents,
        cast(totals.responses as bigint) as responses,
        cast(totals.nps_respondents as bigint) as nps_respondents,
        1.0 * totals.nps_sum / nullif(totals.nps_respondents, 0) as account_nps,
        100.0 * totals.csat_satisfied / nullif(totals.csat_answers, 0) as csat,
        1.0 * totals.ces_sum / nullif(totals.ces_answers, 0) as ces,
        1.0 * totals.appreciation_sum / nullif(totals.appreciation_answers, 0) as appreciation
    from totals
    inner join months
        on
            totals.valid_from <= months.month
            and totals.valid_to > months.month
    -- The months with a counting response in the window.
    where totals.responses > 0
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "customer_id", "month", "respondents", "nps_respondents", "account_nps", "csat", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('A' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(2 as bigint)
 as "respondents", 
    
    cast(2 as bigint)
 as "nps_respondents", 
    
    cast(5.5 as numeric)
 as "account_nps", 
    
    cast(100.0 as numeric)
 as "csat"
union all
select 
    
    cast('A' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast(2 as bigint)
 as "respondents", 
    
    cast(2 as bigint)
 as "nps_respondents", 
    
    cast(9.5 as numeric)
 as "account_nps", 
    
    cast(100.0 as numeric)
 as "csat"
union all
select 
    
    cast('B' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", 
    
    cast(1 as bigint)
 as "nps_respondents", 
    
    cast(7.0 as numeric)
 as "account_nps", 
    
    cast(null as numeric)
 as "csat"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected