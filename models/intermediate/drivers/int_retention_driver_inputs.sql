-- The account-level inputs of the key-driver analysis of logo retention
-- (orchestration/drivers.py): per month M, each customer active at M-12 with what was known of
-- it at M-12 (account NPS, CSAT, CES, appreciation, complaints in the 90 days) and whether it
-- is still active at M. Customers not heard in the T12M ending M-12 have no feedback to weigh
-- and are left out (listwise deletion).

with

customer_months as (
    select * from {{ ref('int_customer_months') }}
),

health_components as (
    select * from {{ ref('int_customer_health_components') }}
),

base as (
    select
        month,
        customer_id,
        revenue_t12m > 0 as is_retained
    from customer_months
    where revenue_t12m_year_before > 0
),

final as (
    select
        cast(base.month as date) as month,
        base.customer_id,
        health_components.segment,
        health_components.account_nps,
        health_components.csat,
        health_components.ces,
        health_components.appreciation,
        health_components.complaints_90d,
        base.is_retained
    from base
    inner join health_components
        on
            base.customer_id = health_components.customer_id
            and health_components.month = {{ dbt.dateadd('month', -12, 'base.month') }}
    where
        health_components.account_nps is not null
        and health_components.csat is not null
        and health_components.ces is not null
        and health_components.appreciation is not null
)

select * from final
