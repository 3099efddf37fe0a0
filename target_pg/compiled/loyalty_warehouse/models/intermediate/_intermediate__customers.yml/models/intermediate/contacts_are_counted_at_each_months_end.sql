
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

with

 __dbt__cte__int_months as (

-- Fixture for int_months
select 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast(2 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history"
),  __dbt__cte__int_invoices_converted as (

-- Fixture for int_invoices_converted
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-01-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", 
    
    cast(10.0 as numeric(18,2))
 as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
),  __dbt__cte__int_survey_responses_attributed as (

-- Fixture for int_survey_responses_attributed
select cast(null as text) as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
    limit 0
),  __dbt__cte__int_cases_attributed as (

-- Fixture for int_cases_attributed
select cast(null as text) as "case_id", cast(null as text) as "case_number", cast(null as text) as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", cast(null as boolean) as "is_complaint", cast(null as boolean) as "is_closed", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "closed_at"
    limit 0
),  __dbt__cte__int_accounts_historized as (

-- Fixture for int_accounts_historized
select cast(null as text) as "account_id", cast(null as text) as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", cast(null as text) as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", cast(null as timestamp without time zone) as "valid_from", cast(null as timestamp without time zone) as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
    limit 0
),  __dbt__cte__int_users_historized as (

-- Fixture for int_users_historized
select cast(null as text) as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", cast(null as text) as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", cast(null as timestamp without time zone) as "valid_from", cast(null as timestamp without time zone) as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
    limit 0
),  __dbt__cte__int_contacts_historized as (

-- Fixture for int_contacts_historized
select 
    
    cast('K1' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('2026-02-10 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K1' as text)
 as "contact_id", 
    
    cast('B' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-02-10 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K2' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K3' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-03-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K4' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(True as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-01-05 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K5' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('2026-02-03 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K5' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-02-03 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('2026-02-20 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('K5' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", cast(null as text) as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-02-20 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
), months as (
    select * from __dbt__cte__int_months
),

-- Only the columns used: DuckDB keeps a copy of a CTE read twice, as invoices is.
invoices as (
    select
        customer_id,
        invoice_month,
        net_amount_reporting
    from __dbt__cte__int_invoices_converted
    where customer_id is not null
    
),

responses as (
    select
        customer_id,
        recorded_at
    from __dbt__cte__int_survey_responses_attributed
    where is_counting and customer_id is not null
    
),

cases as (
    select
        customer_id,
        created_at
    from __dbt__cte__int_cases_attributed
    where customer_id is not null and not is_deleted
    
),

accounts as (
    select * from __dbt__cte__int_accounts_historized
),

users as (
    select * from __dbt__cte__int_users_historized
),

contacts as (
    select
        account_id,
        valid_from,
        valid_to
    from __dbt__cte__int_contacts_historized
    where not is_deleted
    
),

-- A customer enters the spine with its first invoice, counting response or case.
first_events as (
    select
        customer_id,
        invoice_month as month
    from invoices
    union all
    select
        customer_id,
        cast(date_trunc('month', recorded_at) as date) as month
    from responses
    union all
    select
        customer_id,
        cast(date_trunc('month', created_at) as date) as month
    from cases
),

customers as (
    select
        customer_id,
        min(month) as first_month
    from first_events
    group by customer_id
),

-- Contacts at each month's end: a contact version counts from the month it starts in until
-- the month it ends in (excluded), summed along the customer's months as a running total
-- (macros/running_totals.sql) rather than joining every version to every month (which outgrew
-- memory at 2M accounts). Changes before the customer's first month count in it.
contact_spans as (
    select
        account_id as customer_id,
        cast(date_trunc('month', valid_from) as date) as span_from,
        cast(date_trunc('month', valid_to) as date) as span_to,
        1 as contacts
    from contacts
),

contact_changes as (
    select
        contact_spans.customer_id,
        cast(
            case when signs.sign = 1 then contact_spans.span_from else contact_spans.span_to end as date
        ) as month,
            sum(signs.sign * contact_spans.contacts) as contacts
    from contact_spans
    cross join (select 1 as sign union all select -1 as sign) as signs
    where contact_spans.span_from < contact_spans.span_to
    group by contact_spans.customer_id, month
),

contact_changes_in_spine as (
    select
        contact_changes.customer_id,
        greatest(
            contact_changes.month,
            customers.first_month,
            (select min(months.month) from months)
        ) as month,
        contact_changes.contacts
    from contact_changes
    inner join customers on contact_changes.customer_id = customers.customer_id
),

monthly_contact_changes as (
    select
        customer_id,
        month,
        sum(contacts) as contact_change
    from contact_changes_in_spine
    group by customer_id, month
),

-- Dense: every month from the customer's first event to the last reported month.
customer_months as (
    select
        customers.customer_id,
        months.month,
        months.months_of_history
    from customers
    inner join months on customers.first_month <= months.month
),

monthly_revenue as (
    select
        customer_id,
        invoice_month as month,
        sum(net_amount_reporting) as revenue
    from invoices
    group by customer_id, invoice_month
),

rolled as (
    select
        customer_months.customer_id,
        customer_months.month,
        customer_months.months_of_history,
        coalesce(monthly_revenue.revenue, 0) as revenue,
        sum(coalesce(monthly_revenue.revenue, 0)) over (
            partition by customer_months.customer_id
            order by customer_months.month
            rows between 11 preceding and current row
        ) as revenue_t12m,
        sum(coalesce(monthly_contact_changes.contact_change, 0)) over (
            partition by customer_months.customer_id
            order by customer_months.month
            rows between unbounded preceding and current row
        ) as contacts
    from customer_months
    left join monthly_revenue
        on
            customer_months.customer_id = monthly_revenue.customer_id
            and customer_months.month = monthly_revenue.month
    left join monthly_contact_changes
        on
            customer_months.customer_id = monthly_contact_changes.customer_id
            and customer_months.month = monthly_contact_changes.month
),

-- The T12M ending M-12: the customer's row twelve months back, 0 when the customer had no
-- events yet, unknown (NULL) when M-12 is before the first reported month.
with_year_before as (
    select
        *,
        case
            when months_of_history > 12
                then coalesce(
                    lag(revenue_t12m, 12) over (partition by customer_id order by month), 0
                )
        end as revenue_t12m_year_before
    from rolled
),

-- Segment, account manager and department as of the end of the month.
final as (
    select
        with_year_before.customer_id,
        with_year_before.month,
        with_year_before.months_of_history,
        accounts.account_name as customer_name,
        coalesce(accounts.segment, 'Unknown') as segment,
        accounts.account_manager_id,
        users.user_name as account_manager_name,
        users.department,
        coalesce(accounts.is_deleted, false) as is_deleted,
        cast(with_year_before.contacts as bigint) as contacts,
        cast(with_year_before.revenue as decimal(18, 2)) as revenue,
        cast(with_year_before.revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(with_year_before.revenue_t12m_year_before as decimal(18, 2))
            as revenue_t12m_year_before,
        with_year_before.revenue_t12m > 0 as is_active
    from with_year_before
    left join accounts
        on
            with_year_before.customer_id = accounts.account_id
            and accounts.valid_from < 

    with_year_before.month + ((interval '1 month') * (1))


    and accounts.valid_to >= 

    with_year_before.month + ((interval '1 month') * (1))


    left join users
        on
            accounts.account_manager_id = users.user_id
            and users.valid_from < 

    with_year_before.month + ((interval '1 month') * (1))


    and users.valid_to >= 

    with_year_before.month + ((interval '1 month') * (1))


)

select * from final