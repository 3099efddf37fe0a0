{#
    on-run-start on Spark: the raw tables are Parquet files in the lake,
    $LOYALTY_WAREHOUSE_DIR/lake/raw/<table>/ (LOYALTY_LAKE_DIR moves the lake), partitioned by
    _drop_date=YYYY-MM-DD/ where the table has that column, registered in the catalog as
    external tables raw.<table>; partitions that appeared since the last run (new drops) are
    added. Nothing on other engines: there the loader writes raw.* itself. Spark runs one
    statement per call, so each is run here and the hook itself is empty. Spark takes the
    columns from the files and infers the partitioning (_drop_date as DATE); it refuses
    PARTITIONED BY without a column list.
#}
{% macro register_lake_tables() -%}
    {%- if target.type == 'spark' and execute -%}
        {%- set lake = env_var(
            'LOYALTY_LAKE_DIR', env_var('LOYALTY_WAREHOUSE_DIR', 'data/warehouse') ~ '/lake'
        ) ~ '/raw' -%}
        {%- do run_query('create schema if not exists raw') -%}
        {%- for source in graph.sources.values() | selectattr('source_name', 'equalto', 'raw') -%}
            {%- set partitioned = '_drop_date' in source.columns -%}
            {%- do run_query(
                'create table if not exists raw.' ~ source.name ~ ' using parquet'
                ~ " location '" ~ lake ~ '/' ~ source.name ~ "'"
            ) -%}
            {%- if partitioned -%}
                {%- do run_query('alter table raw.' ~ source.name ~ ' recover partitions') -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
