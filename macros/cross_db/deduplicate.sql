{#
    Keep one row per `partition_by`: the first in `order_by`. `relation` is a CTE or relation.
    Used by staging to pick a version (the latest drop wins) or drop identical re-sends.
#}
{% macro deduplicate(relation, partition_by, order_by) -%}
    {{ return(adapter.dispatch('deduplicate', 'loyalty_warehouse')(relation, partition_by, order_by)) }}
{%- endmacro %}

{#- QUALIFY: DuckDB, Databricks, Snowflake, BigQuery. -#}
{% macro default__deduplicate(relation, partition_by, order_by) -%}
    select *
    from {{ relation }}
    qualify row_number() over (partition by {{ partition_by }} order by {{ order_by }}) = 1
{%- endmacro %}

{% macro postgres__deduplicate(relation, partition_by, order_by) -%}
    select distinct on ({{ partition_by }}) *
    from {{ relation }}
    order by {{ partition_by }}, {{ order_by }}
{%- endmacro %}

{#- Spark has no QUALIFY; `* except` drops the rank again. -#}
{% macro spark__deduplicate(relation, partition_by, order_by) -%}
    select * except (_deduplicate_rank)
    from (
        select
            *,
            row_number() over (partition by {{ partition_by }} order by {{ order_by }}) as _deduplicate_rank
        from {{ relation }}
    ) as ranked
    where _deduplicate_rank = 1
{%- endmacro %}
