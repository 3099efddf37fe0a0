with

months as (
    select * from {{ ref('int_months') }}
),

customer_months as (
    select * from {{ ref('int_customer_months') }}
),

health_components as (
    select * from {{ ref('int_customer_health_components') }}
),

categories as (
    select categories.loyalty_category
    from (values ('promoter'), ('passive'), ('detractor'), ('no score'))
        as categories (loyalty_category)
),

-- Every customer whose T12M net revenue at M is not 0 (credit notes can make it negative),
-- with its loyalty category at M; a customer nobody heard from is `no score`, never dropped.
customers as (
    select
        customer_months.month,
        customer_months.customer_id,
        customer_months.revenue_t12m,
        coalesce(health_components.loyalty_category, 'no score') as loyalty_category
    from customer_months
    left join health_components
        on
            customer_months.customer_id = health_components.customer_id
            and customer_months.month = health_components.month
    where customer_months.revenue_t12m <> 0
),

by_category as (
    select
        month,
        loyalty_category,
        count(*) as customers,
        sum(revenue_t12m) as revenue_t12m
    from customers
    group by month, loyalty_category
),

-- All four categories every month, zeros included, so that a chart hides nothing.
grid as (
    select
        months.month,
        categories.loyalty_category,
        coalesce(by_category.customers, 0) as customers,
        coalesce(by_category.revenue_t12m, 0) as revenue_t12m
    from months
    cross join categories
    left join by_category
        on
            months.month = by_category.month
            and categories.loyalty_category = by_category.loyalty_category
),

final as (
    select
        month,
        {{ fiscal_year('month') }} as fiscal_year,
        {{ fiscal_quarter('month') }} as fiscal_quarter,
        loyalty_category,
        cast(customers as bigint) as customers,
        '{{ var("reporting_currency") }}' as reporting_currency,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        -- Exact decimals divided once, rounded to 4 places.
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('revenue_t12m') }}
                / nullif(sum(revenue_t12m) over (partition by month), 0)
            )
        {% endcall %} as share_of_revenue
    from grid
)

select * from final
