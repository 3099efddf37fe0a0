-- Is the health score worth trusting? Each month M whose following year lies in the data: the
-- customers active at M, grouped by their health status and score decile at M, and whether they
-- are still active at M+12, with GRR, NRR and the AUC of the score (SPEC §3 definitions).
-- With `--vars '{backtest_weights: {...}}'` every row is computed a second time from the same
-- components with those weights (weight_set `candidate`): the two sets side by side.

{%- set candidate_weights = backtest_weights() %}

with

health as (
    select * from {{ ref('mart_customer_health') }}
    where is_active
),

-- T12M revenue at M+12 of every customer (int_customer_months is dense up to the last month).
customer_months as (
    select
        customer_id,
        month,
        revenue_t12m
    from {{ ref('int_customer_months') }}
),

parameters as (
    select * from {{ ref('int_health_score_parameters') }}
),

-- The score as published (the seed's weights and var health_weights).
current_scores as (
    select
        'current' as weight_set,
        health.customer_id,
        health.month,
        health.health_score,
        health.health_status,
        health.revenue_t12m,
        {%- for component, weight in weight_columns('parameters.').items() %}
        {{ weight }} as weight_{{ component }}
        {%- if not loop.last %},{% endif %}
        {%- endfor %}
    from health
    cross join parameters
),

{% if candidate_weights %}
-- The same customers and components, scored with the candidate weights.
candidate_scores as (
    select
        'candidate' as weight_set,
        health.customer_id,
        health.month,
        {{ health_score(candidate_weights, 'components.') }} as health_score,
        health.revenue_t12m,
        parameters.red_max,
        parameters.yellow_max,
        {%- for component, weight in candidate_weights.items() %}
        {{ weight }} as weight_{{ component }}
        {%- if not loop.last %},{% endif %}
        {%- endfor %}
    from health
    inner join {{ ref('int_customer_health_components') }} as components
        on health.customer_id = components.customer_id and health.month = components.month
    cross join parameters
),
{% endif %}

scores as (
    select * from current_scores
    {% if candidate_weights %}
        union all
        select
            weight_set,
            customer_id,
            month,
            health_score,
            {{ health_status('health_score', 'red_max', 'yellow_max') }} as health_status,
            revenue_t12m,
            {%- for component in health_components() %}
            weight_{{ component }}
            {%- if not loop.last %},{% endif %}
            {%- endfor %}
        from candidate_scores
    {% endif %}
),

-- A = T12M revenue at M, B = at M+12: only months M+12 of the data have a row here.
outcomes as (
    select
        scores.*,
        {{ dbt.dateadd('month', 12, 'scores.month') }} as outcome_month,
        scores.revenue_t12m as revenue_base,
        later.revenue_t12m as revenue_current,
        later.revenue_t12m > 0 as is_retained,
        -- Deciles of the month's score, 1 the lowest; ties broken by customer, deterministically.
        ntile(10) over (
            partition by scores.weight_set, scores.month
            order by scores.health_score, scores.customer_id
        ) as score_decile,
        -- The average rank of the score among the month's customers (ties share their mean
        -- rank): what the AUC's Mann–Whitney form sums.
        rank() over (partition by scores.weight_set, scores.month order by scores.health_score)
        + {{ as_double(0.5) }} * (
            count(*) over (partition by scores.weight_set, scores.month, scores.health_score) - 1
        ) as score_rank
    from scores
    inner join customer_months as later
        on
            scores.customer_id = later.customer_id
            and later.month = {{ dbt.dateadd('month', 12, 'scores.month') }}
    -- A weight set that weighs every component a customer has at 0 gives it no score.
    where scores.health_score is not null
),

-- AUC = P(score of a retained customer > score of a churned one) + ½ P(tie): from the rank sum
-- of the retained, (R − n_r(n_r + 1)/2) / (n_r × n_c). NULL when nobody churned or nobody stayed.
auc as (
    select
        weight_set,
        month,
        {% call round_to_decimal(9, 4) %}
            (
                sum(case when is_retained then score_rank else 0 end)
                - {{ as_double(0.5) }} * sum(case when is_retained then 1 else 0 end)
                * (sum(case when is_retained then 1 else 0 end) + 1)
            ) / nullif(
                {{ as_double(1) }} * sum(case when is_retained then 1 else 0 end)
                * sum(case when is_retained then 0 else 1 end), 0
            )
        {% endcall %} as churn_auc
    from outcomes
    group by weight_set, month
),

-- Every customer counts three times: in the month's total, its status and its decile.
levels as (
    select level_names.grouped_by
    from (values ('all'), ('status'), ('decile')) as level_names (grouped_by)
),

fanned_out as (
    select
        outcomes.*,
        levels.grouped_by,
        case levels.grouped_by
            when 'all' then 'All'
            when 'status' then outcomes.health_status
            else cast(outcomes.score_decile as {{ dbt.type_string() }})
        end as band,
        case levels.grouped_by
            when 'all' then 0
            when 'status'
                then
                    case outcomes.health_status when 'red' then 1 when 'yellow' then 2 else 3 end
            else outcomes.score_decile
        end as band_order
    from outcomes
    cross join levels
),

rolled_up as (
    select
        weight_set,
        month,
        outcome_month,
        grouped_by,
        band,
        band_order,
        {%- for component in health_components() %}
        max(weight_{{ component }}) as weight_{{ component }},
        {%- endfor %}
        count(*) as customers,
        sum(case when is_retained then 1 else 0 end) as customers_retained,
        min(health_score) as min_health_score,
        max(health_score) as max_health_score,
        avg(health_score) as avg_health_score,
        sum(revenue_base) as revenue_base,
        sum(least(revenue_base, greatest(revenue_current, 0))) as revenue_retained,
        sum(revenue_current) as revenue_current
    from fanned_out
    group by weight_set, month, outcome_month, grouped_by, band, band_order
),

final as (
    select
        rolled_up.weight_set,
        cast(rolled_up.month as date) as month,
        cast(rolled_up.outcome_month as date) as outcome_month,
        rolled_up.grouped_by,
        rolled_up.band,
        cast(rolled_up.band_order as integer) as band_order,
        {%- for component in health_components() %}
        cast(rolled_up.weight_{{ component }} as decimal(9, 4)) as weight_{{ component }},
        {%- endfor %}
        cast(rolled_up.customers as bigint) as customers,
        cast(rolled_up.customers_retained as bigint) as customers_retained,
        cast(rolled_up.customers - rolled_up.customers_retained as bigint) as customers_churned,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double(1) }} * rolled_up.customers_retained / rolled_up.customers
            )
        {% endcall %} as logo_retention,
        cast(rolled_up.min_health_score as decimal(9, 2)) as min_health_score,
        cast(rolled_up.max_health_score as decimal(9, 2)) as max_health_score,
        {% call round_to_decimal(9, 2) %}rolled_up.avg_health_score{% endcall %}
            as avg_health_score,
        cast(rolled_up.revenue_base as decimal(18, 2)) as revenue_base,
        cast(rolled_up.revenue_retained as decimal(18, 2)) as revenue_retained,
        cast(rolled_up.revenue_current as decimal(18, 2)) as revenue_current,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('rolled_up.revenue_retained') }} / rolled_up.revenue_base
            )
        {% endcall %} as grr,
        {% call round_to_decimal(9, 4) %}
            (
                {{ as_double('rolled_up.revenue_current') }} / rolled_up.revenue_base
            )
        {% endcall %} as nrr,
        -- Typed here: PostgreSQL's CASE over a NUMERIC(9, 4) and NULL is an untyped NUMERIC.
        cast(
            case when rolled_up.grouped_by = 'all' then auc.churn_auc end as decimal(9, 4)
        ) as churn_auc
    from rolled_up
    inner join auc on rolled_up.weight_set = auc.weight_set and rolled_up.month = auc.month
)

select * from final
