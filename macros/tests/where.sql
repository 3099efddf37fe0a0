{#
    Tests on the staging views read only the rows of the files loaded since the last
    publication: a `where` config of `__files_since_publication__` (dbt_project.yml, and beside
    `is_current` where a test has its own) becomes that filter when the test runs. Raw tables are
    append-only and every older file passed the tests of a run that published.

    The state read here has one owner, the `Publications` resource (orchestration/state.py):
    `quality.publications` (loaded_until per publication), written by the publish asset. The
    files and their load times are read from stg_loader__loads, the staging view of the ledger,
    found in the graph rather than through ref(): a test may not ref a model it does not depend
    on. Before any publication (or before that view exists) the filter is `true`. dbt renders
    `where` when it parses, so the filter is filled in here, the hook dbt provides for it.
#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- if not where -%}
        {{ return(relation) }}
    {%- endif -%}
    {%- set where = where | replace('__files_since_publication__', files_since_publication()) -%}
    {%- set filtered -%}
        (select * from {{ relation }} where {{ where }}) as dbt_subquery
    {%- endset -%}
    {{ return(filtered) }}
{%- endmacro %}

{% macro files_since_publication() -%}
    {%- if execute -%}
        {%- set publications = adapter.get_relation(
            database=target.database, schema='quality', identifier='publications'
        ) -%}
        {%- set loads_node = graph.nodes.values()
            | selectattr('resource_type', 'equalto', 'model')
            | selectattr('name', 'equalto', 'stg_loader__loads') | first -%}
        {%- set loads = adapter.get_relation(
            database=loads_node.database, schema=loads_node.schema, identifier=loads_node.alias
        ) -%}
    {%- endif -%}
    {%- if publications is not defined or publications is none or loads is none -%}
        true
    {%- else -%}
        _source_file in (
            select source_file from {{ loads }}
            where loaded_at > (
                select coalesce(max(loaded_until), cast('1900-01-01' as timestamp))
                from {{ publications }}
            )
        )
    {%- endif -%}
{%- endmacro %}
