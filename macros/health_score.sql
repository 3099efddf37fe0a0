{#
    SPEC §3 health score: the weighted mean of the components a customer has, rounded to 2
    decimals; a missing (NULL) component neither helps nor hurts. `weights` maps each component
    to the SQL expression of its weight; the components are the columns `<prefix><component>_score`.
    mart_customer_health scores with the seed's weights, mart_health_backtest also with the
    candidate weights of var backtest_weights: one formula for both.
#}
{% macro health_components() -%}
    {{ return(['loyalty', 'satisfaction', 'complaints', 'revenue_trend', 'coverage']) }}
{%- endmacro %}

{# The weights as columns `<prefix>weight_<component>` (the seed's, int_health_score_parameters). #}
{% macro weight_columns(prefix='') -%}
    {%- set weights = {} -%}
    {%- for component in health_components() -%}
        {%- do weights.update({component: prefix ~ 'weight_' ~ component}) -%}
    {%- endfor -%}
    {{ return(weights) }}
{%- endmacro %}

{% macro health_score(weights, prefix='') -%}
    {%- set components = health_components() -%}
    {% call round_to_decimal(9, 2) %}
        (
            {%- for component in components %}
            coalesce({{ weights[component] }} * {{ prefix }}{{ component }}_score, 0)
            {%- if not loop.last %} +{% endif %}
            {%- endfor %}
        ) / nullif(
            {%- for component in components %}
            case when {{ prefix }}{{ component }}_score is null then 0 else {{ weights[component] }} end
            {%- if not loop.last %} +{% endif %}
            {%- endfor %}
        , 0)
    {% endcall %}
{%- endmacro %}

{# SPEC §3 bands on the published (rounded) score: red ≤ red_max < yellow ≤ yellow_max < green. #}
{% macro health_status(score, red_max, yellow_max) -%}
    case
        when {{ score }} <= {{ red_max }} then 'red'
        when {{ score }} <= {{ yellow_max }} then 'yellow'
        when {{ score }} > {{ yellow_max }} then 'green'
    end
{%- endmacro %}
