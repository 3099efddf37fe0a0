{{ config(**incremental_by('customer_id', 'changed_customers()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

with

components as (
    select * from {{ ref('int_customer_health_components') }}
    {% if is_incremental() %}
        where customer_id in (select * from {{ changed_keys() }})
    {% endif %}
),

parameters as (
    select * from {{ ref('int_health_score_parameters') }}
),

-- The breadth of the relationship: which respondent roles were heard in T12M (not scored).
roles as (
    select * from {{ ref('int_customer_roles_t12m') }}
),

-- The score is the weighted mean of the components the customer has; a missing component
-- (say, no survey answer) neither helps nor hurts.
weighted as (
    select
        components.*,
        -- Points a component costs the score: weight × (100 − component), NULL when missing;
        -- of the component as published (rounded), so that a tie between two components is a
        -- tie on every engine, whatever the last bit of their unrounded values.
        {%- for component in health_components() %}
        parameters.weight_{{ component }} * (
            100 - {% call round_to_decimal(9, 2) %}components.{{ component }}_score{% endcall %}
        ) as {{ component }}_lost,
        {%- endfor %}
        {%- for component in health_components() %}
        parameters.weight_{{ component }},
        {%- endfor %}
        parameters.red_max,
        parameters.yellow_max
    from components
    cross join parameters
),

rated as (
    select
        *,
        -- SPEC §3, macros/health_score.sql: the weighted mean of the components present.
        {{ health_score(weight_columns()) }} as health_score,
        -- The component that costs the most points; on a tie, the first in this order.
        -- (greatest skips NULLs: a missing component is never the weakest.)
        case greatest(
            loyalty_lost, satisfaction_lost, complaints_lost, revenue_trend_lost, coverage_lost
        )
            when loyalty_lost then 'loyalty'
            when satisfaction_lost then 'satisfaction'
            when complaints_lost then 'complaints'
            when revenue_trend_lost then 'revenue_trend'
            when coverage_lost then 'coverage'
        end as weakest_component
    from weighted
),

banded as (
    select
        *,
        -- SPEC §3 bands on the published (rounded) score.
        {{ health_status('health_score', 'red_max', 'yellow_max') }} as health_status
    from rated
),

-- Against the customer's row of the month before, when it has one.
compared as (
    select
        *,
        case
            when
                lag(month) over (partition by customer_id order by month)
                = {{ dbt.dateadd('month', -1, 'month') }}
                then lag(health_status) over (partition by customer_id order by month)
        end as previous_health_status,
        case
            when
                lag(month) over (partition by customer_id order by month)
                = {{ dbt.dateadd('month', -1, 'month') }}
                then health_score - lag(health_score) over (partition by customer_id order by month)
        end as health_score_change
    from banded
),

final as (
    select
        customer_id,
        cast(month as date) as month,
        customer_name,
        segment,
        account_manager_id,
        account_manager_name,
        department,
        is_active,
        {% call round_to_decimal(9, 2) %}account_nps{% endcall %} as account_nps,
        loyalty_category,
        cast(coalesce(respondents, 0) as bigint) as respondents,
        cast(contacts as bigint) as contacts,
        {% call round_to_decimal(9, 4) %}coverage{% endcall %} as coverage,
        {% call round_to_decimal(9, 2) %}csat{% endcall %} as csat,
        {% call round_to_decimal(9, 2) %}ces{% endcall %} as ces,
        {% call round_to_decimal(9, 2) %}appreciation{% endcall %} as appreciation,
        cast(complaints_90d as bigint) as complaints_90d,
        cast(open_complaints as bigint) as open_complaints,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(revenue_t12m_year_before as decimal(18, 2)) as revenue_t12m_year_before,
        {% call round_to_decimal(18, 4) %}revenue_trend{% endcall %} as revenue_trend,
        {% call round_to_decimal(9, 2) %}loyalty_score{% endcall %} as loyalty_score,
        {% call round_to_decimal(9, 2) %}satisfaction_score{% endcall %} as satisfaction_score,
        {% call round_to_decimal(9, 2) %}complaints_score{% endcall %} as complaints_score,
        {% call round_to_decimal(9, 2) %}revenue_trend_score{% endcall %} as revenue_trend_score,
        {% call round_to_decimal(9, 2) %}coverage_score{% endcall %} as coverage_score,
        health_score,
        health_status,
        -- SPEC §3 revenue at risk counts these customers: detractors, or red whatever their
        -- category. Defined here once; the owner and finance marts and the CFO page read it.
        coalesce(loyalty_category = 'detractor' or health_status = 'red', false) as is_at_risk,
        weakest_component,
        previous_health_status,
        cast(health_score_change as decimal(9, 2)) as health_score_change,
        case
            when previous_health_status is null then 'new'
            when health_status = previous_health_status then 'unchanged'
            when
                (health_status = 'green' and previous_health_status in ('yellow', 'red'))
                or (health_status = 'yellow' and previous_health_status = 'red')
                then 'improved'
            else 'worsened'
        end as status_change
    from compared
),

with_roles as (
    select
        final.*,
        cast(coalesce(roles.roles_heard, 0) as bigint) as roles_heard,
        coalesce(roles.decision_maker_heard, false) as decision_maker_heard
    from final
    left join roles
        on final.customer_id = roles.customer_id and final.month = roles.month
)

select * from with_roles
