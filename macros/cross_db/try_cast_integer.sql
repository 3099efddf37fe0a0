{# An integer from text, or NULL when the text is not a whole number. #}
{% macro try_cast_integer(expression) -%}
    {{ return(adapter.dispatch('try_cast_integer', 'loyalty_warehouse')(expression)) }}
{%- endmacro %}

{% macro default__try_cast_integer(expression) -%}
    try_cast(trim({{ expression }}) as integer)
{%- endmacro %}

{% macro postgres__try_cast_integer(expression) -%}
    case when trim({{ expression }}) ~ '^-?[0-9]+$' then cast(trim({{ expression }}) as integer) end
{%- endmacro %}
