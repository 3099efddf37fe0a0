
  
    

  create  table "warehouse"."intermediate"."int_months__dbt_tmp"
  
  
    as
  
  (
    with

invoice_months as (
    select invoice_month as month from "warehouse"."intermediate"."int_invoices_converted"
),

response_months as (
    select cast(date_trunc('month', recorded_at) as date) as month
    from "warehouse"."intermediate"."int_survey_responses_attributed"
    where is_counting
),

case_months as (
    select cast(date_trunc('month', created_at) as date) as month from "warehouse"."intermediate"."int_cases_attributed"
),

-- The data is as of the latest drop: a date after it is a typo, not a month to report.
latest_drop as (
    select cast(date_trunc('month', max(drop_date)) as date) as month from "warehouse"."staging"."stg_loader__loads"
),

event_months as (
    select month from invoice_months
    union all
    select month from response_months
    union all
    select month from case_months
),

-- The reported months are the unbroken run of billed months that ends with the latest: a
-- document dated years too early (a typo) would otherwise stretch every history back to it.
billed_months as (
    select distinct month from invoice_months
    where month <= (select latest_drop.month from latest_drop)
),

billing_runs as (
    select
        month,
        -- Constant along a run of consecutive months.
        

    month + ((interval '1 month') * (-1 * row_number() over (order by month)))

 as run_key
    from billed_months
),

latest_run as (
    select run_key
    from billing_runs
    order by month desc
    limit 1
),

first_billed_month as (
    select min(billing_runs.month) as month
    from billing_runs
    inner join latest_run on billing_runs.run_key = latest_run.run_key
),

bounds as (
    select
        coalesce(
            (select first_billed_month.month from first_billed_month),
            (select min(event_months.month) from event_months)
        ) as first_month,
        (
            select max(event_months.month) from event_months
            where event_months.month <= (select latest_drop.month from latest_drop)
        ) as last_month
),

spine as (
    select cast(month as date) as month
    from generate_series(
        cast((select first_month from bounds) as date), cast((select last_month from bounds) as date), interval '1 month'
    ) as series (month)
),

final as (
    select
        month,
        -- Rolling windows reaching back before the first month see only part of their months.
        row_number() over (order by month) as months_of_history
    from spine
)

select * from final
  );
  