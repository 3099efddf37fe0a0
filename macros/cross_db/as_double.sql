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

{#
    A DOUBLE as DECIMAL(precision, scale), rounded as DuckDB does: half away from zero of the
    double times 10^scale. Spark rounds the double's shortest decimal form instead, so 1.005
    (really 1.00499999...) would give 1.01 there and 1.00 in DuckDB.
#}
{% macro double_to_decimal(expression, precision, scale) -%}
    {{ return(adapter.dispatch('double_to_decimal', 'loyalty_warehouse')(expression, precision, scale)) }}
{%- endmacro %}

{% macro default__double_to_decimal(expression, precision, scale) -%}
    cast({{ expression }} as decimal({{ precision }}, {{ scale }}))
{%- endmacro %}

{#-
    PostgreSQL's round(double) rounds half to even, and a double cast to NUMERIC keeps 15 digits
    (1.00499999999999989 becomes 1.005). The double's text is its shortest exact form: rounded
    as NUMERIC (half away from zero), it gives what DuckDB gives.
-#}
{% macro postgres__double_to_decimal(expression, precision, scale) -%}
    cast(
        round(cast(cast(({{ expression }}) * {{ 10 ** scale }} as text) as numeric)) / {{ 10 ** scale }}
        as decimal({{ precision }}, {{ scale }})
    )
{%- endmacro %}

{% macro spark__double_to_decimal(expression, precision, scale) -%}
    cast(
        cast(round(({{ expression }}) * {{ 10 ** scale }}, 0) as decimal(38, 0)) / {{ 10 ** scale }}
        as decimal({{ precision }}, {{ scale }})
    )
{%- endmacro %}

{#
    `{% call round_to_decimal(9, 2) %}expression{% endcall %}`: a DOUBLE rounded to `scale`
    decimals as DECIMAL(precision, scale), as DuckDB's round() does: half away from zero of
    the double times 10^scale, so 74.445 (really 74.44499999...) gives 74.44. Spark's round()
    rounds the shortest decimal form of a double (74.45), and its DECIMAL averages and ratios
    are exact, so there the expression is made a DOUBLE first.
#}
{% macro round_to_decimal(precision, scale) -%}
    {{ return(adapter.dispatch('round_to_decimal', 'loyalty_warehouse')(caller(), precision, scale)) }}
{%- endmacro %}

{% macro default__round_to_decimal(expression, precision, scale) -%}
    cast(round({{ expression | trim }}, {{ scale }}) as decimal({{ precision }}, {{ scale }}))
{%- endmacro %}

{#- PostgreSQL's averages and ratios are exact NUMERICs, and DuckDB's DOUBLEs: as DOUBLE first. -#}
{% macro postgres__round_to_decimal(expression, precision, scale) -%}
    {{ postgres__double_to_decimal(
        "cast((" ~ expression | trim ~ ") as double precision)", precision, scale
    ) }}
{%- endmacro %}

{% macro spark__round_to_decimal(expression, precision, scale) -%}
    {{ spark__double_to_decimal("cast((" ~ expression | trim ~ ") as double)", precision, scale) }}
{%- endmacro %}
