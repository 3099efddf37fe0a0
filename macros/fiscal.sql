{#
    The fiscal calendar (dbt var fiscal_year_start_month, 1–12, default 1 = the calendar year).
    A fiscal year is named by the calendar year in which it ends: with April as the first month,
    April 2026 – March 2027 is fiscal year 2027, and April 2026 is its first quarter's first month.
#}
{% macro fiscal_year_start_month() -%}
    {%- set start = var('fiscal_year_start_month') -%}
    {%- if start is not number or start != start | int or start < 1 or start > 12 -%}
        {{ exceptions.raise_compiler_error(
            "var fiscal_year_start_month must be a month number 1-12, got " ~ start
        ) }}
    {%- endif -%}
    {{ return(start | int) }}
{%- endmacro %}

{% macro fiscal_year(month) -%}
    {%- set start = fiscal_year_start_month() -%}
    {%- if start == 1 -%}
        cast(extract(year from {{ month }}) as integer)
    {%- else -%}
        cast(
            extract(year from {{ month }})
            + case when extract(month from {{ month }}) >= {{ start }} then 1 else 0 end
            as integer
        )
    {%- endif -%}
{%- endmacro %}

{% macro fiscal_quarter(month) -%}
    {%- set start = fiscal_year_start_month() -%}
    cast(floor(mod(extract(month from {{ month }}) - {{ start }} + 12, 12) / 3) + 1 as integer)
{%- endmacro %}
