
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A failure means the segment rows of mart_complaint_rate do not add up to the month's `All`
-- row: a complaint or an active customer was attributed to two segments or to none (or a
-- segment row was dropped), and the segment rates would not explain the overall rate.
with

monthly as (
    select * from "warehouse"."marts"."mart_complaint_rate"
),

segment_totals as (
    select
        month,
        sum(complaints) as complaints,
        sum(active_customers) as active_customers,
        sum(open_complaints) as open_complaints,
        sum(closed_complaints) as closed_complaints
    from monthly
    where segment <> 'All'
    group by month
),

all_rows as (
    select * from monthly
    where segment = 'All'
)

select
    all_rows.month,
    coalesce(segment_totals.complaints, 0) as segment_complaints,
    all_rows.complaints as all_complaints,
    coalesce(segment_totals.active_customers, 0) as segment_active_customers,
    all_rows.active_customers as all_active_customers,
    coalesce(segment_totals.open_complaints, 0) as segment_open_complaints,
    all_rows.open_complaints as all_open_complaints
from all_rows
left join segment_totals
    on all_rows.month = segment_totals.month
where
    coalesce(segment_totals.complaints, 0) <> all_rows.complaints
    or coalesce(segment_totals.active_customers, 0) <> all_rows.active_customers
    or coalesce(segment_totals.open_complaints, 0) <> all_rows.open_complaints
    or coalesce(segment_totals.closed_complaints, 0) <> all_rows.closed_complaints

union all

-- A month with segment rows but no `All` row.
select
    segment_totals.month,
    segment_totals.complaints as segment_complaints,
    null as all_complaints,
    segment_totals.active_customers as segment_active_customers,
    null as all_active_customers,
    segment_totals.open_complaints as segment_open_complaints,
    null as all_open_complaints
from segment_totals
left join all_rows
    on segment_totals.month = all_rows.month
where all_rows.month is null
  
  
      
    ) dbt_internal_test