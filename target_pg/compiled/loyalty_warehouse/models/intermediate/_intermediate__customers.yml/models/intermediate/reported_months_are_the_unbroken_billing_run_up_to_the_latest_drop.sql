with

 __dbt__cte__int_invoices_converted as (

-- Fixture for int_invoices_converted
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2002-03-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-01-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-02-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-02-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-03-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2027-05-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
),  __dbt__cte__int_survey_responses_attributed as (

-- Fixture for int_survey_responses_attributed
select cast(null as text) as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-04-10 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-09-10 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(False as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
),  __dbt__cte__int_cases_attributed as (

-- Fixture for int_cases_attributed
select cast(null as text) as "case_id", cast(null as text) as "case_number", cast(null as text) as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", cast(null as boolean) as "is_complaint", cast(null as boolean) as "is_closed", cast(null as boolean) as "is_deleted", 
    
    cast('2025-12-05 10:00:00' as timestamp without time zone)
 as "created_at", cast(null as timestamp without time zone) as "closed_at"
),  __dbt__cte__stg_loader__loads as (

-- Fixture for stg_loader__loads
select cast(null as text) as "source_file", cast(null as text) as "system", cast(null as text) as "raw_table", cast(null as text) as "file_name", cast(null as text) as "sha256", cast(null as bigint) as "rows_read", cast(null as bigint) as "rows_loaded", cast(null as bigint) as "rows_quarantined", 
    
    cast('2026-04-30' as date)
 as "drop_date", cast(null as timestamp without time zone) as "loaded_at"
), invoice_months as (
    select invoice_month as month from __dbt__cte__int_invoices_converted
),

response_months as (
    select cast(date_trunc('month', recorded_at) as date) as month
    from __dbt__cte__int_survey_responses_attributed
    where is_counting
),

case_months as (
    select cast(date_trunc('month', created_at) as date) as month from __dbt__cte__int_cases_attributed
),

-- The data is as of the latest drop: a date after it is a typo, not a month to report.
latest_drop as (
    select cast(date_trunc('month', max(drop_date)) as date) as month from __dbt__cte__stg_loader__loads
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