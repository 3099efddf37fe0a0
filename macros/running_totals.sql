{#
    Running totals per customer from spans, without joining every span to every month it covers
    (which outgrew memory at 2M accounts).

    A span adds its measures to its customer's totals from the month `span_from` until the
    month `span_to` (excluded); an empty or reversed span adds nothing. span_changes() turns
    spans into changes: + at span_from, − at span_to, summed per customer and month.
    running_totals() sums a customer's changes in month order into versions of its totals,
    each valid over [valid_from, valid_to) like a record history (macros/history.sql).
#}

{# customer_id, month and the summed change of each of `measures`, from `spans`: customer_id, span_from, span_to and `measures`. #}
{% macro span_changes(spans, measures) -%}
    select
        {{ spans }}.customer_id,
        cast(
            case when signs.sign = 1 then {{ spans }}.span_from else {{ spans }}.span_to end as date
        ) as month,
        {%- for measure in measures %}
            sum(signs.sign * {{ spans }}.{{ measure }}) as {{ measure }}
            {{- "," if not loop.last }}
        {%- endfor %}
    from {{ spans }}
    cross join (select 1 as sign union all select -1 as sign) as signs
    where {{ spans }}.span_from < {{ spans }}.span_to
    group by {{ spans }}.customer_id, month
{%- endmacro %}

{# customer_id, valid_from, valid_to and the running total of each of `measures`, from `changes`: one row per customer_id and month. #}
{% macro running_totals(changes, measures) -%}
    select
        customer_id,
        month as valid_from,
        coalesce(
            lead(month) over (partition by customer_id order by month), {{ end_of_time() }}
        ) as valid_to,
        {%- for measure in measures %}
            sum({{ measure }}) over (
                partition by customer_id order by month rows unbounded preceding
            ) as {{ measure }}
            {{- "," if not loop.last }}
        {%- endfor %}
    from {{ changes }}
{%- endmacro %}
