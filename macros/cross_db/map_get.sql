{#
    The value stored under `key` in a map column (NULL when the key is absent).
    `key` is a SQL expression: a quoted literal or a column.
#}
{% macro map_get(map_column, key) -%}
    {{ return(adapter.dispatch('map_get', 'loyalty_warehouse')(map_column, key)) }}
{%- endmacro %}

{% macro default__map_get(map_column, key) -%}
    element_at({{ map_column }}, {{ key }})
{%- endmacro %}

{% macro duckdb__map_get(map_column, key) -%}
    {#- In DuckDB element_at returns a list; the subscript returns the value. -#}
    {{ map_column }}[{{ key }}]
{%- endmacro %}

{% macro postgres__map_get(map_column, key) -%}
    ({{ map_column }} ->> {{ key }})
{%- endmacro %}
