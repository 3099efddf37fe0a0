-- `make backtest`: the weight sets of mart_health_backtest side by side (current, and candidate
-- when var backtest_weights is given), over every month with a complete following year.
-- Retention by status pools the customers of all those months; the AUC is the monthly mean.
{%- set measures = [
    ('weight: loyalty', 'max(weight_loyalty)'),
    ('weight: satisfaction', 'max(weight_satisfaction)'),
    ('weight: complaints', 'max(weight_complaints)'),
    ('weight: revenue trend', 'max(weight_revenue_trend)'),
    ('weight: coverage', 'max(weight_coverage)'),
    ('months backtested', 'count(distinct month)'),
    ('churn AUC, mean of months', 'avg(churn_auc)'),
    ('churn AUC, lowest month', 'min(churn_auc)'),
] %}
{%- for band in ['red', 'yellow', 'green', '1', '10'] %}
{%- set label = 'decile ' ~ band if band in ['1', '10'] else band %}
{%- set in_band = "case when band = '" ~ band ~ "' then " %}
{%- do measures.append((label ~ ': customer-months', 'sum(' ~ in_band ~ 'customers end)')) %}
{%- do measures.append((
        label ~ ': still active a year later',
        as_double(1) ~ ' * sum(' ~ in_band ~ 'customers_retained end) / sum('
        ~ in_band ~ 'customers end)'
    )) %}
{%- endfor %}

with

backtest as (
    select * from {{ ref('mart_health_backtest') }}
),

measured as (
    {%- for label, expression in measures %}
    select
        {{ loop.index }} as measure_order,
        '{{ label }}' as measure,
        weight_set,
        {% call round_to_decimal(18, 4) %}{{ expression }}{% endcall %} as figure
    from backtest
    group by weight_set
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
)

select
    measure,
    max(case when weight_set = 'current' then figure end) as current_weights,
    max(case when weight_set = 'candidate' then figure end) as candidate_weights
from measured
group by measure_order, measure
order by measure_order
