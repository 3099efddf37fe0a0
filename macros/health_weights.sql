{#
    Health-score weights given per run, as dbt vars:
    - health_weights: `dbt build --vars '{health_weights: {loyalty: 0.5}}'` replaces the seed's
      weight_loyalty for that run (int_health_score_parameters, so every mart).
    - backtest_weights: `--vars '{backtest_weights: {loyalty: 0.5}}'` scores the backtest a
      second time with these weights (mart_health_backtest), changing nothing else.
    An unknown component or a negative weight fails compilation, naming it.
#}
{% macro weight_overrides(var_name) -%}
    {%- set components = health_components() -%}
    {%- set overrides = var(var_name) or {} -%}
    {%- for name, weight in overrides.items() -%}
        {%- if name not in components -%}
            {{ exceptions.raise_compiler_error(
                "var " ~ var_name ~ ": unknown component '" ~ name ~ "'; use one of "
                ~ components | join(', ')
            ) }}
        {%- elif weight is not number or weight < 0 -%}
            {{ exceptions.raise_compiler_error(
                "var " ~ var_name ~ ": the weight of '" ~ name ~ "' must be a number >= 0, got "
                ~ weight
            ) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(overrides) }}
{%- endmacro %}

{# The value of a health_score_parameters row with var health_weights applied. #}
{% macro with_health_weight_overrides(parameter, value) -%}
    {%- set overrides = weight_overrides('health_weights') -%}
    {%- if overrides -%}
        case {{ parameter }}
            {%- for name, weight in overrides.items() %}
            when 'weight_{{ name }}' then {{ weight }}
            {%- endfor %}
            else {{ value }}
        end
    {%- else -%}
        {{ value }}
    {%- endif -%}
{%- endmacro %}

{#
    The weight expression of each component for the backtest's candidate scores: var
    backtest_weights where it names the component, else the run's (`parameters.weight_<c>`);
    {} when the var is empty (no candidate).
#}
{% macro backtest_weights() -%}
    {%- set overrides = weight_overrides('backtest_weights') -%}
    {%- set weights = {} -%}
    {%- if overrides -%}
        {%- for component in health_components() -%}
            {%- do weights.update({component: overrides.get(component, 'parameters.weight_' ~ component)}) -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(weights) }}
{%- endmacro %}
