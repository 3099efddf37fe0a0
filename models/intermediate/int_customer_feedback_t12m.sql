{{ config(**incremental_by('customer_id', 'changed_customers()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

-- A response is in the T12M window of its own month and the 11 after. Rather than copying
-- every response into each of those 12 windows (which outgrew memory at 2M accounts), each
-- response adds to a customer's running totals in its month and takes away 12 months later;
-- a customer's totals at month M are then the sums over its T12M window ending M.

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
respondent_spans as (
    select
        customer_id,
        response_month as span_from,
        least(
            coalesce(
                lead(response_month) over (
                    partition by customer_id, contact_id order by response_month
                ),
                {{ dbt.dateadd('month', 12, 'response_month') }}
            ),
            {{ dbt.dateadd('month', 12, 'response_month') }}
        ) as span_to
    from responses
),

-- Likewise a contact's NPS answer is its latest in the windows from its month until its next
-- NPS answer, for at most 12 months. Ties: the later recorded_at, then the higher ResponseId
-- (arbitrary but stable); an answer overtaken in its own month has an empty span.
nps_spans as (
    select
        customer_id,
        nps_score,
        response_month as span_from,
        least(
            coalesce(
                lead(response_month) over (
                    partition by customer_id, contact_id order by recorded_at, response_id
                ),
                {{ dbt.dateadd('month', 12, 'response_month') }}
            ),
            {{ dbt.dateadd('month', 12, 'response_month') }}
        ) as span_to
    from responses
    where nps_score is not null
),

-- What each response adds to the running totals, and when it leaves them.
response_measures as (
    select
        customer_id,
        response_month as span_from,
        {{ dbt.dateadd('month', 12, 'response_month') }} as span_to,
        case when csat_score is not null then 1 else 0 end as csat_answers,
        case when csat_score >= 4 then 1 else 0 end as csat_satisfied,
        case when ces_score is not null then 1 else 0 end as ces_answers,
        coalesce(ces_score, 0) as ces_sum,
        case when appreciation_score is not null then 1 else 0 end as appreciation_answers,
        coalesce(appreciation_score, 0) as appreciation_sum
    from responses
),

-- +1 / +value where a span starts, -1 / -value where it ends.
changes as (
    {% for sign, at in [('1', 'span_from'), ('-1', 'span_to')] %}
        {% if not loop.first %}union all{% endif %}
        select
            customer_id,
            cast({{ at }} as date) as month,
            {{ sign }} as respondents,
            0 as nps_respondents,
            0 as nps_sum,
            0 as responses,
            0 as csat_answers,
            0 as csat_satisfied,
            0 as ces_answers,
            0 as ces_sum,
            0 as appreciation_answers,
            0 as appreciation_sum
        from respondent_spans
        where span_from < span_to
        union all
        select
            customer_id,
            cast({{ at }} as date) as month,
            0 as respondents,
            {{ sign }} as nps_respondents,
            {{ sign }} * nps_score as nps_sum,
            0 as responses,
            0 as csat_answers,
            0 as csat_satisfied,
            0 as ces_answers,
            0 as ces_sum,
            0 as appreciation_answers,
            0 as appreciation_sum
        from nps_spans
        where span_from < span_to
        union all
        select
            customer_id,
            cast({{ at }} as date) as month,
            0 as respondents,
            0 as nps_respondents,
            0 as nps_sum,
            {{ sign }} as responses,
            {{ sign }} * csat_answers as csat_answers,
            {{ sign }} * csat_satisfied as csat_satisfied,
            {{ sign }} * ces_answers as ces_answers,
            {{ sign }} * ces_sum as ces_sum,
            {{ sign }} * appreciation_answers as appreciation_answers,
            {{ sign }} * appreciation_sum as appreciation_sum
        from response_measures
    {% endfor %}
),

monthly_changes as (
    select
        customer_id,
        month,
        sum(respondents) as respondents,
        sum(nps_respondents) as nps_respondents,
        sum(nps_sum) as nps_sum,
        sum(responses) as responses,
        sum(csat_answers) as csat_answers,
        sum(csat_satisfied) as csat_satisfied,
        sum(ces_answers) as ces_answers,
        sum(ces_sum) as ces_sum,
        sum(appreciation_answers) as appreciation_answers,
        sum(appreciation_sum) as appreciation_sum
    from changes
    group by customer_id, month
),

-- The totals from each month with a change until the next one.
totals as (
    {%- set running = 'over (partition by customer_id order by month rows unbounded preceding)' %}
    select
        customer_id,
        month as valid_from,
        coalesce(
            lead(month) over (partition by customer_id order by month), {{ end_of_time() }}
        ) as valid_to,
        sum(respondents) {{ running }} as respondents,
        sum(nps_respondents) {{ running }} as nps_respondents,
        sum(nps_sum) {{ running }} as nps_sum,
        sum(responses) {{ running }} as responses,
        sum(csat_answers) {{ running }} as csat_answers,
        sum(csat_satisfied) {{ running }} as csat_satisfied,
        sum(ces_answers) {{ running }} as ces_answers,
        sum(ces_sum) {{ running }} as ces_sum,
        sum(appreciation_answers) {{ running }} as appreciation_answers,
        sum(appreciation_sum) {{ running }} as appreciation_sum
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
