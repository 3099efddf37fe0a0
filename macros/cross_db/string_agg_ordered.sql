{# Aggregate text values into one string, in a stated order. #}
{% macro string_agg_ordered(expression, delimiter, order_by) -%}
    {{ return(adapter.dispatch('string_agg_ordered', 'loyalty_warehouse')(expression, delimiter, order_by)) }}
{%- endmacro %}

{% macro default__string_agg_ordered(expression, delimiter, order_by) -%}
    {{ dbt.listagg(expression, "'" ~ delimiter ~ "'", "order by " ~ order_by) }}
{%- endmacro %}

{% macro duckdb__string_agg_ordered(expression, delimiter, order_by) -%}
    string_agg({{ expression }}, '{{ delimiter }}' order by {{ order_by }})
{%- endmacro %}

{#- Spark 4: dbt-spark's listagg ignores the order. (Spark sorts NULLs first ascending.) -#}
{% macro spark__string_agg_ordered(expression, delimiter, order_by) -%}
    listagg({{ expression }}, '{{ delimiter }}') within group (order by {{ order_by }})
{%- endmacro %}
