{# The calendar month of a date or timestamp, as the DATE of its first day. #}
{% macro month_start(expression) -%}
    {{ return(adapter.dispatch('month_start', 'loyalty_warehouse')(expression)) }}
{%- endmacro %}

{% macro default__month_start(expression) -%}
    cast({{ dbt.date_trunc('month', expression) }} as date)
{%- endmacro %}
