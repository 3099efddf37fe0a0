
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

with

months as (
    select * from "warehouse"."intermediate"."int_months"
),

-- Only the columns used: DuckDB keeps a copy of a CTE read twice, as invoices is.
invoices as (
    select
        customer_id,
        invoice_month,
        net_amount_reporting
    from "warehouse"."intermediate"."int_invoices_converted"
    where customer_id is not null
    
        and customer_id in (select * from pg_temp._changed_int_customer_months)
    
),

responses as (
    select
        customer_id,
        recorded_at
    from "warehouse"."intermediate"."int_survey_responses_attributed"
    where is_counting and customer_id is not null
    
        and customer_id in (select * from pg_temp._changed_int_customer_months)
    
),

cases as (
    select
        customer_id,
        created_at
    from "warehouse"."intermediate"."int_cases_attributed"
    where customer_id is not null and not is_deleted
    
        and customer_id in (select * from pg_temp._changed_int_customer_months)
    
),

accounts as (
    select * from "warehouse"."intermediate"."int_accounts_historized"
),

users as (
    select * from "warehouse"."intermediate"."int_users_historized"
),

contacts as (
    select
        account_id,
        valid_from,
        valid_to
    from "warehouse"."intermediate"."int_contacts_historized"
    where not is_deleted
    
        and account_id in (select * from pg_temp._changed_int_customer_months)
    
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