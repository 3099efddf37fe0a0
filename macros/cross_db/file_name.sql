{# The last component of a '/'-separated path ('crm/2026-10-17/Account.csv' -> 'Account.csv'). #}
{% macro file_name(path) -%}
    {{ return(adapter.dispatch('file_name', 'loyalty_warehouse')(path)) }}
{%- endmacro %}

{% macro default__file_name(path) -%}
    regexp_extract({{ path }}, '[^/]+$', 0)
{%- endmacro %}

{% macro duckdb__file_name(path) -%}
    regexp_extract({{ path }}, '[^/]+$')
{%- endmacro %}

{% macro postgres__file_name(path) -%}
    substring({{ path }} from '[^/]+$')
{%- endmacro %}
