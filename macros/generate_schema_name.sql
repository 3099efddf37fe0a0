{#
    Custom schema names are used as they are (`staging`, `intermediate`, `marts`, `seeds`)
    instead of dbt's default `<target schema>_<custom schema>`: the BI database, the Dagster
    assets and the GX suites all address `marts.<table>` by that exact name.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
