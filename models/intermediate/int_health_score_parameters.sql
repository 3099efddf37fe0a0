{#- Weights given as the var health_weights override the seed's, by component name. -#}
{%- set components = ['loyalty', 'satisfaction', 'complaints', 'revenue_trend', 'coverage'] -%}
{%- set overrides = var('health_weights') or {} -%}
{%- for name, weight in overrides.items() -%}
    {%- if name not in components -%}
        {{ exceptions.raise_compiler_error(
            "var health_weights: unknown component '" ~ name ~ "'; use one of " ~ components | join(', ')
        ) }}
    {%- elif weight is not number or weight < 0 -%}
        {{ exceptions.raise_compiler_error(
            "var health_weights: the weight of '" ~ name ~ "' must be a number >= 0, got " ~ weight
        ) }}
    {%- endif -%}
{%- endfor -%}

with

parameters as (
    select
        parameter,
        {% if overrides -%}
            case parameter
                {%- for name, weight in overrides.items() %}
                    when 'weight_{{ name }}' then {{ weight }}
                {%- endfor %}
                else value
            end
        {%- else -%}
            value
        {%- endif %} as value
    from {{ ref('health_score_parameters') }}
),

-- One row, one column per parameter.
final as (
    select
        {%- for parameter in [
            'weight_loyalty', 'weight_satisfaction', 'weight_complaints', 'weight_revenue_trend',
            'weight_coverage', 'complaint_penalty', 'open_complaint_penalty',
            'revenue_trend_floor', 'revenue_trend_ceiling', 'coverage_target', 'red_max',
            'yellow_max'
        ] %}
            max(case when parameter = '{{ parameter }}' then value end) as {{ parameter }}
            {{- ',' if not loop.last }}
        {%- endfor %}
    from parameters
)

select * from final
