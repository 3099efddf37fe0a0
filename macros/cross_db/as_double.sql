{#
    A number as DOUBLE, to make a ratio a DOUBLE division: `{{ as_double(100) }} * a / b`.
    DuckDB divides DECIMALs as DOUBLEs, so `100.0 * a / b` is a DOUBLE there; Spark keeps DECIMAL
    with a scale cut to 6 digits (and PostgreSQL NUMERIC), so the literal says DOUBLE instead.
    With integer operands the values are those DuckDB computed from `100.0 * a / b`.
#}
{% macro as_double(value) -%}
    {{ return(adapter.dispatch('as_double', 'loyalty_warehouse')(value)) }}
{%- endmacro %}

{% macro default__as_double(value) -%}
    cast({{ value }} as double)
{%- endmacro %}

{% macro postgres__as_double(value) -%}
    cast({{ value }} as double precision)
{%- endmacro %}
