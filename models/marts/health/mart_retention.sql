with

customer_months as (
    select * from {{ ref('int_customer_months') }}
),

health_components as (
    select * from {{ ref('int_customer_health_components') }}
),

-- Customers active at M-12 (A = T12M net revenue ending M-12 > 0), with B = T12M ending M.
base as (
    select
        now_.month,
        now_.months_of_history,
        now_.customer_id,
        now_.revenue_t12m_year_before as revenue_base,
        now_.revenue_t12m as revenue_current
    from customer_months as now_
    where now_.revenue_t12m_year_before > 0
),

-- Segment and loyalty category as they were at M-12: what would have predicted retention.
described as (
    select
        base.*,
        then_.segment,
        coalesce(health_components.loyalty_category, 'no score') as loyalty_category
    from base
    inner join customer_months as then_
        on
            base.customer_id = then_.customer_id
            and then_.month = {{ dbt.dateadd('month', -12, 'base.month') }}
    left join health_components
        on
            base.customer_id = health_components.customer_id
            and health_components.month = {{ dbt.dateadd('month', -12, 'base.month') }}
),

-- Every customer counts four times: in its segment × category, its segment (`All`
-- categories), its category (`All` segments) and the total.
levels as (
    select
        levels.by_segment,
        levels.by_category
    from (values (true, true), (true, false), (false, true), (false, false))
        as levels (by_segment, by_category)
),

fanned_out as (
    select
        described.*,
        case when levels.by_segment then described.segment else 'All' end as level_segment,
        case when levels.by_category then described.loyalty_category else 'All' end
            as level_category
    from described
    cross join levels
),

rolled_up as (
    select
        month,
        level_segment as segment,
        level_category as loyalty_category,
        max(months_of_history) as months_of_history,
        count(*) as customers_base,
        sum(case when revenue_current > 0 then 1 else 0 end) as customers_retained,
        sum(revenue_base) as revenue_base,
        -- GRR counts at most a customer's base and nothing below zero (SPEC §3).
        sum(least(revenue_base, greatest(revenue_current, 0))) as revenue_retained,
        sum(revenue_current) as revenue_current
    from fanned_out
    group by month, level_segment, level_category
),

-- Ratios of sums, never means of per-customer ratios.
final as (
    select
        cast(month as date) as month,
        segment,
        loyalty_category,
        cast(customers_base as bigint) as customers_base,
        cast(customers_retained as bigint) as customers_retained,
        {% call round_to_decimal(9, 4) %}{{ as_double(1) }} * customers_retained / customers_base{% endcall %}
            as logo_retention,
        cast(revenue_base as decimal(18, 2)) as revenue_base,
        cast(revenue_retained as decimal(18, 2)) as revenue_retained,
        cast(revenue_current as decimal(18, 2)) as revenue_current,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('revenue_retained') }} / revenue_base
            )
        {% endcall %} as grr,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('revenue_current') }} / revenue_base
            )
        {% endcall %} as nrr,
        -- Both twelve-month windows lie wholly inside the data (else the base year is partial).
        months_of_history >= 24 as is_complete_window
    from rolled_up
)

select * from final
