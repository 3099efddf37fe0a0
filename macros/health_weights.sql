{#
    The value of a health_score_parameters row with the var health_weights applied:
    `dbt build --vars '{health_weights: {loyalty: 0.5}}'` replaces the seed's weight_loyalty for
    that run. An unknown component or a negative weight fails compilation, naming it.
#}
{% macro with_health_weight_overrides(parameter, value) -%}
    {%- set components = ['loyalty', 'satisfaction', 'complaints', 'revenue_trend', 'coverage'] -%}
    {%- set overrides = var('health_weights') or {} -%}
    {%- for name, weight in overrides.items() -%}
        {%- if name not in components -%}
            {{ exceptions.raise_compiler_error(
                "var health_weights: unknown component '" ~ name ~ "'; use one of "
                ~ components | join(', ')
            ) }}
        {%- elif weight is not number or weight < 0 -%}
            {{ exceptions.raise_compiler_error(
                "var health_weights: the weight of '" ~ name ~ "' must be a number >= 0, got "
                ~ weight
            ) }}
        {%- endif -%}
    {%- endfor -%}
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
