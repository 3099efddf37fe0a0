{#
    The versions of a Salesforce record, for staging: one row per (`id_column`, modified_at),
    flagged `is_current` on the latest. A version re-sent unchanged in a later drop is the same
    version (the later copy is kept); ties on SystemModstamp go to the later drop (SPEC §2.1).
#}
{% macro salesforce_versions(relation, id_column) -%}
    select
        *,
        row_number() over (
            partition by {{ id_column }}
            order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from (
        {{ deduplicate(relation, id_column ~ ', modified_at', '_drop_date desc, _row_number desc') }}
    ) as versions
{%- endmacro %}
