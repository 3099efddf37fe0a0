with

health as (
    select * from {{ ref('mart_customer_health') }}
),

-- Each customer counts with its account manager and department as of the month (SPEC §3).
owned as (
    select
        *,
        coalesce(department, 'Unknown') as owner_department,
        coalesce(account_manager_id, 'Unknown') as owner_id
    from health
),

-- Every customer counts with its account manager, in its department's total and in the company's.
fanned_out as (
    {{ owner_levels('owned') }}
),

rolled_up as (
    select
        month,
        level_department as department,
        level_account_manager_id as account_manager_id,
        case
            when level_account_manager_id = 'All' then 'All'
            else coalesce(max(account_manager_name), 'Unknown')
        end as account_manager_name,
        count(*) as customers,
        sum(case when is_active then 1 else 0 end) as active_customers,
        sum(case when health_status = 'red' then 1 else 0 end) as red_customers,
        sum(case when health_status = 'yellow' then 1 else 0 end) as yellow_customers,
        sum(case when health_status = 'green' then 1 else 0 end) as green_customers,
        avg(health_score) as avg_health_score,
        -- Over the customers that also had a row the month before.
        avg(health_score_change) as avg_health_score_change,
        sum(case when status_change = 'worsened' then 1 else 0 end) as customers_worsened,
        sum(case when status_change = 'improved' then 1 else 0 end) as customers_improved,
        sum(case when loyalty_category = 'promoter' then 1 else 0 end) as promoter_customers,
        sum(case when loyalty_category = 'passive' then 1 else 0 end) as passive_customers,
        sum(case when loyalty_category = 'detractor' then 1 else 0 end) as detractor_customers,
        sum(revenue_t12m) as revenue_t12m,
        sum(case when is_at_risk then revenue_t12m else 0 end) as revenue_at_risk,
        -- Revenue coverage (SPEC §3): of the active customers' revenue, the part heard from.
        sum(case when is_active then revenue_t12m else 0 end) as revenue_active_t12m,
        sum(case when is_active and respondents > 0 then revenue_t12m else 0 end)
            as revenue_heard_t12m
    from fanned_out
    group by month, level_department, level_account_manager_id
),

final as (
    select
        month,
        department,
        account_manager_id,
        account_manager_name,
        cast(customers as bigint) as customers,
        cast(active_customers as bigint) as active_customers,
        cast(red_customers as bigint) as red_customers,
        cast(yellow_customers as bigint) as yellow_customers,
        cast(green_customers as bigint) as green_customers,
        {% call round_to_decimal(9, 4) %}{{ as_double(1) }} * red_customers / customers{% endcall %} as red_share,
        {% call round_to_decimal(9, 2) %}avg_health_score{% endcall %} as avg_health_score,
        {% call round_to_decimal(9, 2) %}avg_health_score_change{% endcall %} as avg_health_score_change,
        cast(customers_worsened as bigint) as customers_worsened,
        cast(customers_improved as bigint) as customers_improved,
        cast(promoter_customers + passive_customers + detractor_customers as bigint)
            as scored_customers,
        cast(promoter_customers as bigint) as promoter_customers,
        cast(passive_customers as bigint) as passive_customers,
        cast(detractor_customers as bigint) as detractor_customers,
        -- Account-weighted NPS: every scored customer counts once, by its loyalty category.
        {% call round_to_decimal(9, 2) %}
            (
                {{ as_double(100) }} * (promoter_customers - detractor_customers)
                / nullif(promoter_customers + passive_customers + detractor_customers, 0)
            )
        {% endcall %} as account_nps,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(revenue_at_risk as decimal(18, 2)) as revenue_at_risk,
        cast(revenue_active_t12m as decimal(18, 2)) as revenue_active_t12m,
        cast(revenue_heard_t12m as decimal(18, 2)) as revenue_heard_t12m,
        {% call round_to_decimal(9, 4) %}
            ({{ as_double(1) }} * revenue_heard_t12m / nullif(revenue_active_t12m, 0))
        {% endcall %} as revenue_coverage
    from rolled_up
)

select * from final
