{{ config(**incremental_by('contact_id', "changed_versions('stg_crm__contacts', 'contact_id')")) }}
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

contacts as (
    select * from {{ ref('stg_crm__contacts') }}
    {% if is_incremental() %}
        where contact_id in (select * from {{ changed_keys() }})
    {% endif %}
),

final as (
    select
        contact_id,
        account_id,
        first_name,
        last_name,
        email,
        title,
        department,
        is_deleted,
        created_at,
        modified_at,
        {{ history_bounds('contact_id', 'modified_at') }},
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from contacts
)

select * from final
