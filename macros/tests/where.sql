{#
    Tests on the staging views read only the rows of the files loaded since the last
    publication: a `where` config of `__files_since_publication__` (dbt_project.yml, and beside
    `is_current` where a test has its own) becomes that filter when the test runs. Raw tables are
    append-only and every older file passed the tests of a run that published
    (quality.publications, written by orchestration/publish.py); before any publication the
    filter is `true`. dbt renders `where` when it parses, so the filter is filled in here, the
    hook dbt provides for it.
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
    {%- set publications = adapter.get_relation(
        database=target.database, schema='quality', identifier='publications'
    ) if execute -%}
    {%- if publications is none -%}
        true
    {%- else -%}
        _source_file in (
            select source_file from {{ source('raw', '_load_ledger') }}
            where loaded_at > (
                select coalesce(max(loaded_until), cast('1900-01-01' as timestamp))
                from {{ publications }}
            )
        )
    {%- endif -%}
{%- endmacro %}
