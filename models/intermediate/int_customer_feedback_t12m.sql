{{ config(**incremental_by('customer_id', 'changed_customers()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

-- A response is in the T12M window of its own month and the 11 after: each response adds to
-- its customer's running totals (macros/running_totals.sql) in its month and leaves them 12
-- months later, so a customer's totals at month M are the sums over its T12M window ending M.

{%- set twelve_months_on = dbt.dateadd('month', 12, 'response_month') %}
{%- set answer_measures = [
    'responses', 'csat_answers', 'csat_satisfied', 'ces_answers', 'ces_sum',
    'appreciation_answers', 'appreciation_sum',
] %}

with

months as (
    select * from {{ ref('int_months') }}
),

responses as (
    select
        response_id,
        customer_id,
        contact_id,
        recorded_at,
        {{ month_start('recorded_at') }} as response_month,
        nps_score,
        csat_score,
        ces_score,
        appreciation_score
    from {{ ref('int_survey_responses_attributed') }}
    -- A response belongs to the account of its contact as of the response (SPEC §3).
    where is_counting and customer_id is not null
    {% if is_incremental() %}
        and customer_id in (select * from {{ changed_keys() }})
    {% endif %}
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
            {{ twelve_months_on }}
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
                partition by customer_id, contact_id
                order by recorded_at nulls last, response_id nulls last
            ),
            {{ twelve_months_on }}
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
        {{ twelve_months_on }} as span_to,
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
    {{ span_changes('respondent_spans', ['respondents']) }}
),

nps_changes as (
    {{ span_changes('nps_spans', ['nps_respondents', 'nps_sum']) }}
),

answer_changes as (
    {{ span_changes('answer_spans', answer_measures) }}
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
    {{ running_totals('monthly_changes', ['respondents', 'nps_respondents', 'nps_sum'] + answer_measures) }}
),

final as (
    select
        totals.customer_id,
        months.month,
        cast(totals.respondents as bigint) as respondents,
        cast(totals.responses as bigint) as responses,
        cast(totals.nps_respondents as bigint) as nps_respondents,
        {{ as_double(1) }} * totals.nps_sum / nullif(totals.nps_respondents, 0) as account_nps,
        {{ as_double(100) }} * totals.csat_satisfied / nullif(totals.csat_answers, 0) as csat,
        {{ as_double(1) }} * totals.ces_sum / nullif(totals.ces_answers, 0) as ces,
        {{ as_double(1) }} * totals.appreciation_sum / nullif(totals.appreciation_answers, 0) as appreciation
    from totals
    inner join months
        on
            totals.valid_from <= months.month
            and totals.valid_to > months.month
    -- The months with a counting response in the window.
    where totals.responses > 0
)

select * from final
