
with

 __dbt__cte__int_months as (

-- Fixture for int_months
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-04-01' as date)
 as "month", 
    
    cast(2 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-12-01' as date)
 as "month", 
    
    cast(10 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2027-01-01' as date)
 as "month", 
    
    cast(11 as bigint)
 as "months_of_history"
),  __dbt__cte__int_customer_months as (

-- Fixture for int_customer_months
select cast(null as text) as "customer_id", cast(null as date) as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
    limit 0
),  __dbt__cte__mart_customer_health as (

-- Fixture for mart_customer_health
select cast(null as text) as "customer_id", cast(null as date) as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", cast(null as text) as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", cast(null as text) as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
    limit 0
),  __dbt__cte__mart_retention as (

-- Fixture for mart_retention
select cast(null as date) as "month", cast(null as text) as "segment", cast(null as text) as "loyalty_category", cast(null as bigint) as "customers_base", cast(null as bigint) as "customers_retained", cast(null as numeric(9,4)) as "logo_retention", cast(null as numeric(18,2)) as "revenue_base", cast(null as numeric(18,2)) as "revenue_retained", cast(null as numeric(18,2)) as "revenue_current", cast(null as numeric(9,4)) as "grr", cast(null as numeric(9,4)) as "nrr", cast(null as boolean) as "is_complete_window"
    limit 0
),  __dbt__cte__fct_invoices as (

-- Fixture for fct_invoices
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as boolean) as "is_unmatched", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "invoice_month", cast(null as date) as "due_date", cast(null as text) as "currency", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting"
    limit 0
), months as (
    select * from __dbt__cte__int_months
),

customer_months as (
    select * from __dbt__cte__int_customer_months
),

health as (
    select * from __dbt__cte__mart_customer_health
),

retention as (
    select * from __dbt__cte__mart_retention
    where segment = 'All'
),

invoices as (
    select * from __dbt__cte__fct_invoices
),

-- Customers whose T12M net revenue at M is not 0, as in fin_loyalty_revenue.
customers as (
    select
        customer_months.month,
        customer_months.customer_id,
        customer_months.revenue_t12m,
        customer_months.is_active,
        coalesce(health.loyalty_category, 'no score') as loyalty_category,
        health.health_status
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
        -- SPEC §3 revenue at risk: detractors, or red whatever their category.
        sum(case
            when loyalty_category = 'detractor' or health_status = 'red' then revenue_t12m
            else 0
        end) as revenue_at_risk,
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
        max(case when loyalty_category = 'promoter' then revenue_current / revenue_base end)
            as nrr_promoters,
        max(case when loyalty_category = 'passive' then revenue_current / revenue_base end)
            as nrr_passives
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
            and 

    months.month + ((interval '1 month') * (-12))

 < unmatched_monthly.month
    group by months.month
),

final as (
    select
        months.month,
        cast(
            extract(year from months.month)
            + case when extract(month from months.month) >= 4 then 1 else 0 end
            as integer
        ) as fiscal_year,
        cast(floor(mod(extract(month from months.month) - 4 + 12, 12) / 3) + 1 as integer) as fiscal_quarter,
        'EUR' as reporting_currency,
        cast(coalesce(by_month.customers, 0) as bigint) as customers,
        cast(coalesce(by_month.revenue_t12m, 0) as decimal(18, 2)) as revenue_t12m,
        cast(coalesce(unmatched_t12m.revenue_t12m, 0) as decimal(18, 2))
            as unmatched_revenue_t12m,
        cast(round(cast(
            100 * (by_month.promoter_revenue - by_month.detractor_revenue)
            / nullif(
                by_month.promoter_revenue + by_month.passive_revenue + by_month.detractor_revenue,
                0
            ) as decimal(38, 10)),
            2
        ) as decimal(9, 2)) as revenue_weighted_nps,
        cast(coalesce(by_month.revenue_at_risk, 0) as decimal(18, 2)) as revenue_at_risk,
        cast(
            round(cast(by_month.revenue_at_risk / nullif(by_month.revenue_t12m, 0) as decimal(38, 10)), 4)
            as decimal(9, 4)
        ) as revenue_at_risk_share,
        cast(coalesce(by_month.top20_customers, 0) as bigint) as top20_customers,
        cast(
            round(cast(by_month.top20_revenue / nullif(by_month.active_revenue, 0) as decimal(38, 10)), 4)
            as decimal(9, 4)
        ) as top20_revenue_share,
        cast(round(cast(
            100.0 * (by_month.top20_promoters - by_month.top20_detractors)
            / nullif(by_month.top20_scored, 0) as decimal(38, 10)),
            2
        ) as decimal(9, 2)) as nps_top20,
        cast(round(cast(
            100.0 * (by_month.rest_promoters - by_month.rest_detractors)
            / nullif(by_month.rest_scored, 0) as decimal(38, 10)),
            2
        ) as decimal(9, 2)) as nps_rest,
        cast(coalesce(by_month.passive_revenue, 0) as decimal(18, 2)) as passive_revenue_t12m,
        cast(round(cast(retention_by_category.nrr_promoters as decimal(38, 10)), 4) as decimal(9, 4)) as nrr_promoters,
        cast(round(cast(retention_by_category.nrr_passives as decimal(38, 10)), 4) as decimal(9, 4)) as nrr_passives,
        cast(0.25 as decimal(9, 4)) as passive_uplift_share,
        -- If this share of the passives' revenue grew like the promoters' did over the last
        -- year instead of like the passives', the revenue gained in a year.
        cast(round(cast(
            0.25 * by_month.passive_revenue
            * (retention_by_category.nrr_promoters - retention_by_category.nrr_passives) as decimal(38, 10)),
            2
        ) as decimal(18, 2)) as passive_uplift_estimate
    from months
    left join by_month on months.month = by_month.month
    left join retention_by_category on months.month = retention_by_category.month
    left join unmatched_t12m on months.month = unmatched_t12m.month
)

select * from final