{%- set components = ['loyalty', 'satisfaction', 'complaints', 'revenue_trend', 'coverage'] -%}

with

components as (
    select * from {{ ref('int_customer_health_components') }}
),

parameters as (
    select * from {{ ref('int_health_score_parameters') }}
),

-- The score is the weighted mean of the components the customer has; a missing component
-- (say, no survey answer) neither helps nor hurts.
scored as (
    select
        components.*,
        parameters.red_max,
        parameters.yellow_max,
        (
            {%- for c in components %}
                coalesce(parameters.weight_{{ c }} * components.{{ c }}_score, 0)
                {{- ' +' if not loop.last }}
            {%- endfor %}
        ) / nullif(
            {%- for c in components %}
                case when components.{{ c }}_score is null then 0 else parameters.weight_{{ c }} end
                {{- ' +' if not loop.last }}
            {%- endfor %},
            0
        ) as raw_health_score,
        -- Points a component costs the score: weight × (100 − component), NULL when missing.
        {%- for c in components %}
            parameters.weight_{{ c }} * (100 - components.{{ c }}_score) as {{ c }}_points_lost
            {{- ',' if not loop.last }}
        {%- endfor %}
    from components
    cross join parameters
),

rated as (
    select
        *,
        cast(round(raw_health_score, 2) as decimal(9, 2)) as health_score,
        -- The weakest component is the one that costs the most points (first in this order on
        -- a tie).
        case greatest({% for c in components %}{{ c }}_points_lost{{ ', ' if not loop.last }}{% endfor %})
            {%- for c in components %}
                when {{ c }}_points_lost then '{{ c }}'
            {%- endfor %}
        end as weakest_component
    from scored
),

banded as (
    select
        *,
        -- SPEC §3 bands on the published (rounded) score: red ≤ 50 < yellow ≤ 75 < green.
        case
            when health_score <= red_max then 'red'
            when health_score <= yellow_max then 'yellow'
            when health_score > yellow_max then 'green'
        end as health_status
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
        cast(round(account_nps, 2) as decimal(9, 2)) as account_nps,
        loyalty_category,
        cast(coalesce(respondents, 0) as bigint) as respondents,
        cast(contacts as bigint) as contacts,
        cast(round(coverage, 4) as decimal(9, 4)) as coverage,
        cast(round(csat, 2) as decimal(9, 2)) as csat,
        cast(round(ces, 2) as decimal(9, 2)) as ces,
        cast(round(appreciation, 2) as decimal(9, 2)) as appreciation,
        cast(complaints_90d as bigint) as complaints_90d,
        cast(open_complaints as bigint) as open_complaints,
        cast(revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(revenue_t12m_year_before as decimal(18, 2)) as revenue_t12m_year_before,
        cast(round(revenue_trend, 4) as decimal(9, 4)) as revenue_trend,
        {%- for c in components %}
            cast(round({{ c }}_score, 2) as decimal(9, 2)) as {{ c }}_score,
        {%- endfor %}
        health_score,
        health_status,
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
)

select * from final
