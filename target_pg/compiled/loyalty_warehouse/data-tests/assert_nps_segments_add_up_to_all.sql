-- A failure means the segment rows of mart_nps_monthly do not add up to the month's `All`
-- row: a response was attributed to two segments or to none, and segment NPS would not
-- explain the overall NPS management sees.
with

monthly as (
    select * from "warehouse"."marts"."mart_nps_monthly"
),

segment_totals as (
    select
        month,
        sum(responses) as responses,
        sum(promoters) as promoters,
        sum(detractors) as detractors
    from monthly
    where segment <> 'All'
    group by month
)

select
    segment_totals.month,
    segment_totals.responses as segment_responses,
    monthly.responses as all_responses
from segment_totals
left join monthly
    on
        segment_totals.month = monthly.month
        and monthly.segment = 'All'
where
    monthly.responses is null
    or segment_totals.responses <> monthly.responses
    or segment_totals.promoters <> monthly.promoters
    or segment_totals.detractors <> monthly.detractors