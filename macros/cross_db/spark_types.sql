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
