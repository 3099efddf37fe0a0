{# One row per calendar month (column `month`, a DATE on the 1st) from `first_month` to `last_month` inclusive; both are SQL expressions for dates on the 1st. #}
{% macro month_spine(first_month, last_month) -%}
    {{ return(adapter.dispatch('month_spine', 'loyalty_warehouse')(first_month, last_month)) }}
{%- endmacro %}

{% macro default__month_spine(first_month, last_month) -%}
    select cast(month as date) as month
    from (
        select unnest(generate_series(
            cast({{ first_month }} as date), cast({{ last_month }} as date), interval 1 month
        )) as month
    ) as series
{%- endmacro %}

{% macro postgres__month_spine(first_month, last_month) -%}
    select cast(month as date) as month
    from generate_series(
        cast({{ first_month }} as date), cast({{ last_month }} as date), interval '1 month'
    ) as series (month)
{%- endmacro %}

{% macro spark__month_spine(first_month, last_month) -%}
    select explode(sequence(
        cast({{ first_month }} as date), cast({{ last_month }} as date), interval 1 month
    )) as month
{%- endmacro %}
