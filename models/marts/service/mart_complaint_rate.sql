with

months as (
    select
        month,
        months_of_history,
        {{ dbt.dateadd('month', 1, 'month') }} as next_month
    from {{ ref('int_months') }}
),

complaints as (
    select
        segment,
        created_at,
        closed_at,
        -- Fractional days; NULL while the complaint is open.
        {{ dbt.datediff('created_at', 'closed_at', 'second') }}
        / {{ as_double(86400) }} as days_to_close
    from {{ ref('int_cases_attributed') }}
    where is_complaint and not is_deleted
),

-- Active at M: net revenue > 0 in T12M ending M, in the segment as of the month's end.
active_customers as (
    select
        month,
        segment
    from {{ ref('int_customer_months') }}
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
        {{ month_start('created_at') }} as month,
        segment,
        count(*) as complaints,
        count(closed_at) as closed_complaints,
        percentile_cont(0.5) within group (order by days_to_close) as median_days_to_close
    from complaints_by_segment
    group by {{ month_start('created_at') }}, segment
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
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * complaints / nullif(active_customers, 0){% endcall %}
            as complaint_rate,
        {% call round_to_decimal(9, 2) %}median_days_to_close{% endcall %} as median_days_to_close,
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
