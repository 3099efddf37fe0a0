with

invoice_months as (
    select invoice_month as month from {{ ref('int_invoices_converted') }}
),

response_months as (
    select {{ month_start('recorded_at') }} as month
    from {{ ref('int_survey_responses_attributed') }}
    where is_counting
),

case_months as (
    select {{ month_start('created_at') }} as month from {{ ref('int_cases_attributed') }}
),

-- The data is as of the latest drop: a date after it is a typo, not a month to report.
latest_drop as (
    select {{ month_start('max(drop_date)') }} as month from {{ ref('stg_loader__loads') }}
),

event_months as (
    select month from invoice_months
    union all
    select month from response_months
    union all
    select month from case_months
),

bounds as (
    select
        min(event_months.month) as first_month,
        least(max(event_months.month), max(latest_drop.month)) as last_month
    from event_months
    cross join latest_drop
),

spine as (
    {{ month_spine('(select first_month from bounds)', '(select last_month from bounds)') }}
),

final as (
    select
        month,
        -- Rolling windows reaching back before the first month see only part of their months.
        row_number() over (order by month) as months_of_history
    from spine
)

select * from final
