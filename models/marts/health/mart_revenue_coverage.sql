-- Revenue coverage (SPEC §3) per month and segment: do we hear from the customers that
-- carry the revenue? A customer counts in its segment as of the month, like every monthly mart
-- (mart_customer_health's attribution), and in the `All` total.

with

health as (
    select * from {{ ref('mart_customer_health') }}
    where is_active
),

by_segment as (
    select
        month,
        segment,
        respondents,
        revenue_t12m
    from health
    union all
    select
        month,
        'All' as segment,
        respondents,
        revenue_t12m
    from health
),

counted as (
    select
        month,
        segment,
        count(*) as active_customers,
        sum(case when respondents > 0 then 1 else 0 end) as customers_heard,
        sum(revenue_t12m) as revenue_t12m,
        sum(case when respondents > 0 then revenue_t12m else 0 end) as revenue_heard_t12m
    from by_segment
    group by month, segment
),

rated as (
    select
        cast(month as date) as month,
        segment,
        cast(active_customers as bigint) as active_customers,
        cast(customers_heard as bigint) as customers_heard,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(revenue_heard_t12m as decimal(18, 2)) as revenue_heard_t12m,
        {% call round_to_decimal(9, 4) %}
            ({{ as_double(1) }} * revenue_heard_t12m / revenue_t12m)
        {% endcall %} as revenue_coverage,
        cast({{ var('revenue_coverage_target') }} as decimal(9, 4)) as coverage_target
    from counted
),

-- On the published (rounded) ratio, so that every engine agrees at the target itself.
final as (
    select
        *,
        revenue_coverage >= coverage_target as meets_target
    from rated
)

select * from final
