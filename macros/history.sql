{#
    Helpers for the version histories of CRM records (int_*_historized).

    Every version is valid over [valid_from, valid_to). The first version of a record is valid
    from the beginning of time, so an event older than the first extract is attributed to the
    earliest known version; the current version is valid until the end of time. Open ends are
    sentinels rather than NULLs so that as-of joins need no coalesce.
#}
{% macro beginning_of_time() -%}
    cast('1900-01-01 00:00:00' as timestamp)
{%- endmacro %}

{% macro end_of_time() -%}
    cast('9999-12-31 00:00:00' as timestamp)
{%- endmacro %}

{# Join condition: the version of `history_alias` valid at the moment `at`. #}
{% macro valid_at(history_alias, at) -%}
    {{ at }} >= {{ history_alias }}.valid_from and {{ at }} < {{ history_alias }}.valid_to
{%- endmacro %}

{#
    valid_from / valid_to / is_current for the versions of `relation`, one row per version,
    each version keyed by (`key`, `version_at`); staging has already removed identical re-sends.
    `nulls last` as DuckDB and PostgreSQL sort by default (Spark sorts NULLs first ascending).
#}
{% macro history_bounds(key, version_at) -%}
    case
        when row_number() over (partition by {{ key }} order by {{ version_at }} nulls last) = 1
            then {{ beginning_of_time() }}
        else {{ version_at }}
    end as valid_from,
    coalesce(
        lead({{ version_at }}) over (partition by {{ key }} order by {{ version_at }} nulls last),
        {{ end_of_time() }}
    ) as valid_to
{%- endmacro %}

{# Join condition: the version of `history_alias` valid at the end of the month starting `month` (its last instant). #}
{% macro valid_at_month_end(history_alias, month) -%}
    {{ history_alias }}.valid_from < {{ dbt.dateadd('month', 1, month) }}
    and {{ history_alias }}.valid_to >= {{ dbt.dateadd('month', 1, month) }}
{%- endmacro %}
