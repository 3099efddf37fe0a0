
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "month","fiscal_year","fiscal_quarter","loyalty_category","customers","revenue_t12m","share_of_revenue", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__int_months as (

-- Fixture for int_months
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(36 as bigint)
 as "months_of_history"
),  __dbt__cte__int_customer_months as (

-- Fixture for int_customer_months
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(500.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(-100.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C4' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(300.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0.0 as numeric(18,2))
 as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active"
),  __dbt__cte__int_customer_health_components as (

-- Fixture for int_customer_health_components
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('promoter' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('detractor' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
), months as (
    select * from __dbt__cte__int_months
),

customer_months as (
    select * from __dbt__cte__int_customer_months
),

health_components as (
    select * from __dbt__cte__int_customer_health_components
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
        cast(extract(year from month) as integer) as fiscal_year,
        cast(floor(mod(extract(month from month) - 1 + 12, 12) / 3) + 1 as integer) as fiscal_quarter,
        loyalty_category,
        cast(customers as bigint) as customers,
        'EUR' as reporting_currency,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        -- Exact decimals divided once, rounded to 4 places.
        cast(round(cast(
            revenue_t12m / nullif(sum(revenue_t12m) over (partition by month), 0) as decimal(38, 10)), 4
        ) as decimal(9, 4)) as share_of_revenue
    from grid
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "month", "fiscal_year", "fiscal_quarter", "loyalty_category", "customers", "revenue_t12m", "share_of_revenue", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(2026 as integer)
 as "fiscal_year", 
    
    cast(4 as integer)
 as "fiscal_quarter", 
    
    cast('promoter' as text)
 as "loyalty_category", 
    
    cast(1 as bigint)
 as "customers", 
    
    cast(1000.0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0.5882 as numeric(9,4))
 as "share_of_revenue"
union all
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(2026 as integer)
 as "fiscal_year", 
    
    cast(4 as integer)
 as "fiscal_quarter", 
    
    cast('passive' as text)
 as "loyalty_category", 
    
    cast(1 as bigint)
 as "customers", 
    
    cast(500.0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0.2941 as numeric(9,4))
 as "share_of_revenue"
union all
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(2026 as integer)
 as "fiscal_year", 
    
    cast(4 as integer)
 as "fiscal_quarter", 
    
    cast('detractor' as text)
 as "loyalty_category", 
    
    cast(1 as bigint)
 as "customers", 
    
    cast(-100.0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(-0.0588 as numeric(9,4))
 as "share_of_revenue"
union all
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(2026 as integer)
 as "fiscal_year", 
    
    cast(4 as integer)
 as "fiscal_quarter", 
    
    cast('no score' as text)
 as "loyalty_category", 
    
    cast(1 as bigint)
 as "customers", 
    
    cast(300.0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0.1765 as numeric(9,4))
 as "share_of_revenue"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected