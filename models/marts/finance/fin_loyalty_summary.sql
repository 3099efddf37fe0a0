{#
    The CFO's month in one row: revenue, how loyal it is, what is at risk, how concentrated it
    is, and what lifting passives would be worth. Money is in the reporting currency, T12M.
#}
with

months as (
    select * from {{ ref('int_months') }}
),

customer_months as (
    select * from {{ ref('int_customer_months') }}
),

health as (
    select * from {{ ref('mart_customer_health') }}
),

retention as (
    select * from {{ ref('mart_retention') }}
    where segment = 'All'
),

invoices as (
    select * from {{ ref('fct_invoices') }}
),

-- Customers whose T12M net revenue at M is not 0, as in fin_loyalty_revenue.
customers as (
    select
        customer_months.month,
        customer_months.customer_id,
        customer_months.revenue_t12m,
        customer_months.is_active,
        coalesce(health.loyalty_category, 'no score') as loyalty_category,
        coalesce(health.is_at_risk, false) as is_at_risk
    from customer_months
    left join health
        on
            customer_months.customer_id = health.customer_id
            and customer_months.month = health.month
    where customer_months.revenue_t12m <> 0
),

-- Concentration among active customers (T12M revenue > 0): the top 20 % are exactly
-- ceil(0.2 × active customers) of them by revenue; a tie at the boundary is broken by
-- customer_id, so the figure is reproducible.
ranked as (
    select
        month,
        customer_id,
        row_number() over (partition by month order by revenue_t12m desc, customer_id asc)
            as revenue_rank,
        count(*) over (partition by month) as active_customers
    from customers
    where is_active
),

classified as (
    select
        customers.*,
        ranked.revenue_rank is not null as is_ranked,
        coalesce(ranked.revenue_rank <= ceil(0.2 * ranked.active_customers), false) as is_top20
    from customers
    left join ranked
        on
            customers.month = ranked.month
            and customers.customer_id = ranked.customer_id
),

by_month as (
    select
        month,
        count(*) as customers,
        sum(revenue_t12m) as revenue_t12m,
        -- SPEC §3 revenue-weighted NPS, over customers with a loyalty category.
        sum(case when loyalty_category = 'promoter' then revenue_t12m else 0 end)
            as promoter_revenue,
        sum(case when loyalty_category = 'passive' then revenue_t12m else 0 end)
            as passive_revenue,
        sum(case when loyalty_category = 'detractor' then revenue_t12m else 0 end)
            as detractor_revenue,
        sum(case when is_at_risk then revenue_t12m else 0 end) as revenue_at_risk,
        sum(case when is_ranked then revenue_t12m else 0 end) as active_revenue,
        sum(case when is_top20 then revenue_t12m else 0 end) as top20_revenue,
        sum(case when is_top20 then 1 else 0 end) as top20_customers,
        -- Account-weighted NPS (each customer once, by its category) of the top 20 % and of
        -- the other active customers.
        sum(case when is_top20 and loyalty_category = 'promoter' then 1 else 0 end)
            as top20_promoters,
        sum(case when is_top20 and loyalty_category = 'detractor' then 1 else 0 end)
            as top20_detractors,
        sum(case when is_top20 and loyalty_category <> 'no score' then 1 else 0 end)
            as top20_scored,
        sum(case
            when is_ranked and not is_top20 and loyalty_category = 'promoter' then 1 else 0
        end) as rest_promoters,
        sum(case
            when is_ranked and not is_top20 and loyalty_category = 'detractor' then 1 else 0
        end) as rest_detractors,
        sum(case
            when is_ranked and not is_top20 and loyalty_category <> 'no score' then 1 else 0
        end) as rest_scored
    from classified
    group by month
),

-- NRR of the customers that were promoters (passives) a year before, from mart_retention.
retention_by_category as (
    select
        month,
        max(case
            when loyalty_category = 'promoter' then {{ as_double('revenue_current') }} / revenue_base
        end) as nrr_promoters,
        max(case
            when loyalty_category = 'passive' then {{ as_double('revenue_current') }} / revenue_base
        end) as nrr_passives
    from retention
    group by month
),

unmatched_monthly as (
    select
        invoice_month as month,
        sum(net_amount_reporting) as revenue
    from invoices
    where customer_id is null
    group by invoice_month
),

unmatched_t12m as (
    select
        months.month,
        sum(unmatched_monthly.revenue) as revenue_t12m
    from months
    inner join unmatched_monthly
        on
            months.month >= unmatched_monthly.month
            and {{ dbt.dateadd('month', -12, 'months.month') }} < unmatched_monthly.month
    group by months.month
),

final as (
    select
        months.month,
        {{ fiscal_year('months.month') }} as fiscal_year,
        {{ fiscal_quarter('months.month') }} as fiscal_quarter,
        '{{ var("reporting_currency") }}' as reporting_currency,
        cast(coalesce(by_month.customers, 0) as bigint) as customers,
        cast(coalesce(by_month.revenue_t12m, 0) as decimal(18, 2)) as revenue_t12m,
        cast(coalesce(unmatched_t12m.revenue_t12m, 0) as decimal(18, 2))
            as unmatched_revenue_t12m,
        {% call round_to_decimal(9, 2) %}
            (
                {{ as_double('100 * (by_month.promoter_revenue - by_month.detractor_revenue)') }}
                / nullif(
                    by_month.promoter_revenue + by_month.passive_revenue + by_month.detractor_revenue,
                    0
                )
            )
        {% endcall %} as revenue_weighted_nps,
        cast(coalesce(by_month.revenue_at_risk, 0) as decimal(18, 2)) as revenue_at_risk,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('by_month.revenue_at_risk') }} / nullif(by_month.revenue_t12m, 0)
            )
        {% endcall %} as revenue_at_risk_share,
        cast(coalesce(by_month.top20_customers, 0) as bigint) as top20_customers,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('by_month.top20_revenue') }} / nullif(by_month.active_revenue, 0)
            )
        {% endcall %} as top20_revenue_share,
        {% call round_to_decimal(9, 2) %}
            (
                {{ as_double(100) }} * (by_month.top20_promoters - by_month.top20_detractors)
                / nullif(by_month.top20_scored, 0)
            )
        {% endcall %} as nps_top20,
        {% call round_to_decimal(9, 2) %}
            (
                {{ as_double(100) }} * (by_month.rest_promoters - by_month.rest_detractors)
                / nullif(by_month.rest_scored, 0)
            )
        {% endcall %} as nps_rest,
        cast(coalesce(by_month.passive_revenue, 0) as decimal(18, 2)) as passive_revenue_t12m,
        {% call round_to_decimal(9, 4) %}
            retention_by_category.nrr_promoters
        {% endcall %} as nrr_promoters,
        {% call round_to_decimal(9, 4) %}
            retention_by_category.nrr_passives
        {% endcall %} as nrr_passives,
        cast({{ var('passive_uplift_share') }} as decimal(9, 4)) as passive_uplift_share,
        -- If this share of the passives' revenue grew like the promoters' did over the last
        -- year instead of like the passives', the revenue gained in a year.
        {% call round_to_decimal(18, 2) %}
            (
                {{ var('passive_uplift_share') }} * by_month.passive_revenue
                * (retention_by_category.nrr_promoters - retention_by_category.nrr_passives)
            )
        {% endcall %} as passive_uplift_estimate
    from months
    left join by_month on months.month = by_month.month
    left join retention_by_category on months.month = retention_by_category.month
    left join unmatched_t12m on months.month = unmatched_t12m.month
)

select * from final
