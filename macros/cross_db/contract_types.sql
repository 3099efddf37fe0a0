{#
    Contracts (models/marts/*.yml) name their column types as DuckDB does. On PostgreSQL the
    names are translated where dbt uses them (checking a contract: `cast`; creating the table:
    its column list), so one contract serves every engine. `varchar` becomes `text`, the type
    PostgreSQL gives every string expression: an incremental model's new rows then have the
    same types as its table.
#}
{% macro postgres_type_name(type) -%}
    {%- set names = {'varchar': 'text', 'double': 'double precision'} -%}
    {{- names.get(type | trim | lower, type) -}}
{%- endmacro %}

{% macro postgres__cast(field, type) -%}
    cast({{ field }} as {{ postgres_type_name(type) }})
{%- endmacro %}

{% macro postgres__get_table_columns_and_constraints() -%}
    {%- set columns = {} -%}
    {%- for name, column in model['columns'].items() -%}
        {%- set translated = {} -%}
        {%- do translated.update(column) -%}
        {%- do translated.update({'data_type': postgres_type_name(column['data_type'])}) -%}
        {%- do columns.update({name: translated}) -%}
    {%- endfor -%}
    {%- set column_constraints = adapter.render_raw_columns_constraints(raw_columns=columns) -%}
    {%- set model_constraints = adapter.render_raw_model_constraints(raw_constraints=model['constraints']) -%}
    (
    {{ (column_constraints + model_constraints) | join(',\n    ') }}
    )
{%- endmacro %}
