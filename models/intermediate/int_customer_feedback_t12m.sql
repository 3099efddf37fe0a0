{{ config(**incremental_by('customer_id', 'changed_customers()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

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

-- Every response, once for each month whose T12M window (M-11 … M) holds it.
windowed as (
    select
        months.month,
        responses.*
    from responses
    inner join months
        on
            responses.response_month <= months.month
            and responses.response_month > {{ dbt.dateadd('month', -12, 'months.month') }}
),

-- Each contact's latest NPS answer in the window (ties: the higher ResponseId, arbitrary but
-- stable).
latest_nps as (
    {{ deduplicate(
        '(select * from windowed where nps_score is not null) as nps_answers',
        'month, customer_id, contact_id',
        'recorded_at desc, response_id desc',
    ) }}
),

account_nps as (
    select
        month,
        customer_id,
        avg(1.0 * nps_score) as account_nps,
        count(*) as nps_respondents
    from latest_nps
    group by month, customer_id
),

-- Satisfaction measures over every counting answer in the window, whichever survey asked.
satisfaction as (
    select
        month,
        customer_id,
        count(distinct contact_id) as respondents,
        count(*) as responses,
        count(csat_score) as csat_answers,
        100.0 * sum(case when csat_score >= 4 then 1 else 0 end) / nullif(count(csat_score), 0)
            as csat,
        avg(1.0 * ces_score) as ces,
        avg(1.0 * appreciation_score) as appreciation
    from windowed
    group by month, customer_id
),

final as (
    select
        satisfaction.customer_id,
        satisfaction.month,
        satisfaction.respondents,
        satisfaction.responses,
        coalesce(account_nps.nps_respondents, 0) as nps_respondents,
        account_nps.account_nps,
        satisfaction.csat,
        satisfaction.ces,
        satisfaction.appreciation
    from satisfaction
    left join account_nps
        on
            satisfaction.customer_id = account_nps.customer_id
            and satisfaction.month = account_nps.month
)

select * from final
