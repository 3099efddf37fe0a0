{#
    Spark's names for the SQL types the project writes: Spark refuses VARCHAR without a length
    (and VARCHAR(n) checks lengths), so `varchar` is its STRING. dbt.cast is what contracts use
    to read a YAML data_type (`cast(null as <data_type>)`), so a contract's `varchar` means
    string on Spark; the other types (integer, bigint, double, decimal(p, s), date, timestamp,
    boolean) are Spark's own.
#}
{% macro spark__cast(field, type) -%}
    cast({{ field }} as {{ spark_type(type) }})
{%- endmacro %}

{% macro spark_type(type) -%}
    {{- 'string' if type | trim | lower in ('varchar', 'text') else type -}}
{%- endmacro %}

{#
    dbt.dateadd on Spark. dbt-spark's own goes through Unix seconds and to_timestamp(), which is
    NULL when TIMESTAMP means TIMESTAMP_NTZ (the spark target). A TIMESTAMP (without time zone)
    as DuckDB's `date + interval`; months are added as DuckDB does (clamped to the month's end).
#}
{% macro spark__dateadd(datepart, interval, from_date_or_timestamp) -%}
    cast(timestampadd({{ datepart }}, {{ interval }}, {{ from_date_or_timestamp }}) as timestamp_ntz)
{%- endmacro %}
