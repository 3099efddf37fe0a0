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
),  __dbt__cte__int_cases_attributed as (

-- Fixture for int_cases_attributed
select 
    
    cast('k1' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('B' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-10 09:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-01-12 21:00:00' as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k2' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-20 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-01-21 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k3' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('C' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-31 12:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k4' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('C' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-05 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-02-03 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k5' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('E' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Mid-Market' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-02-10 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-02-11 06:00:00' as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k_deleted' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(True as boolean)
 as "is_deleted", 
    
    cast('2026-01-15 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k_question' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(False as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-15 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
),  __dbt__cte__int_customer_months as (

-- Fixture for int_customer_months
select 
    
    cast('A' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('B' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(500.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(200.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('D' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(-40.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
union all
select 
    
    cast('E' as text)
 as "customer_id", 
    
    cast('2026-01-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Mid-Market' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
union all
select 
    
    cast('A' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('B' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(500.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('C' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(200.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('D' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(-40.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
union all
select 
    
    cast('E' as text)
 as "customer_id", 
    
    cast('2026-02-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", 
    
    cast('Mid-Market' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
), months as (
    select
        month,
        months_of_history,
        

    month + ((interval '1 month') * (1))

 as next_month
    from __dbt__cte__int_months
),

complaints as (
    select
        segment,
        created_at,
        closed_at,
        -- Fractional days; NULL while the complaint is open.
        
        (
        (
        (
        ((closed_at)::date - (created_at)::date)
     * 24 + date_part('hour', (closed_at)::timestamp) - date_part('hour', (created_at)::timestamp))
     * 60 + date_part('minute', (closed_at)::timestamp) - date_part('minute', (created_at)::timestamp))
     * 60 + floor(date_part('second', (closed_at)::timestamp)) - floor(date_part('second', (created_at)::timestamp)))
    
        / 86400.0 as days_to_close
    from __dbt__cte__int_cases_attributed
    where is_complaint and not is_deleted
),

-- Active at M: net revenue > 0 in T12M ending M, in the segment as of the month's end.
active_customers as (
    select
        month,
        segment
    from __dbt__cte__int_customer_months
    where is_active
),

-- Every complaint counts in its segment as of its creation and in the `All` total; so does
-- every active customer.
complaints_by_segment as (
    select
        segment,
        created_at,
        closed_at,
        days_to_close
    from complaints
    union all
    select
        'All' as segment,
        created_at,
        closed_at,
        days_to_close
    from complaints
),

active_by_segment as (
    select
        month,
        segment
    from active_customers
    union all
    select
        month,
        'All' as segment
    from active_customers
),

active_counts as (
    select
        month,
        segment,
        count(*) as active_customers
    from active_by_segment
    group by month, segment
),

-- The `All` median is over all complaints of the month, not a blend of the segment medians.
created as (
    select
        cast(date_trunc('month', created_at) as date) as month,
        segment,
        count(*) as complaints,
        count(closed_at) as closed_complaints,
        percentile_cont(0.5) within group (order by days_to_close) as median_days_to_close
    from complaints_by_segment
    group by cast(date_trunc('month', created_at) as date), segment
),

-- The backlog at the month's end: created before it and not closed by then (closed_at is the
-- current version's, so a complaint closed later was still open then).
open_at_month_end as (
    select
        months.month,
        complaints_by_segment.segment,
        count(*) as open_complaints
    from months
    inner join complaints_by_segment
        on
            months.next_month > complaints_by_segment.created_at
            and (
                complaints_by_segment.closed_at is null
                or months.next_month <= complaints_by_segment.closed_at
            )
    group by months.month, complaints_by_segment.segment
),

segments as (
    select 'All' as segment
    union
    select segment from active_counts
    union
    select segment from created
    union
    select segment from open_at_month_end
),

-- Every month has an `All` row (zeros included); a segment has a row in the months where it
-- has active customers, complaints created or complaints open.
grid as (
    select
        months.month,
        months.months_of_history,
        segments.segment,
        coalesce(active_counts.active_customers, 0) as active_customers,
        coalesce(created.complaints, 0) as complaints,
        coalesce(created.closed_complaints, 0) as closed_complaints,
        created.median_days_to_close,
        coalesce(open_at_month_end.open_complaints, 0) as open_complaints
    from months
    cross join segments
    left join active_counts
        on
            months.month = active_counts.month
            and segments.segment = active_counts.segment
    left join created
        on
            months.month = created.month
            and segments.segment = created.segment
    left join open_at_month_end
        on
            months.month = open_at_month_end.month
            and segments.segment = open_at_month_end.segment
),

final as (
    select
        month,
        segment,
        cast(complaints as bigint) as complaints,
        cast(active_customers as bigint) as active_customers,
        cast(round(cast(100.0 * complaints / nullif(active_customers, 0) as decimal(38, 10)), 2) as decimal(9, 2))
            as complaint_rate,
        cast(round(cast(median_days_to_close as decimal(38, 10)), 2) as decimal(9, 2)) as median_days_to_close,
        cast(open_complaints as bigint) as open_complaints,
        cast(closed_complaints as bigint) as closed_complaints,
        cast(months_of_history as bigint) as months_of_history
    from grid
    where
        segment = 'All'
        or active_customers > 0
        or complaints > 0
        or open_complaints > 0
)

select * from final