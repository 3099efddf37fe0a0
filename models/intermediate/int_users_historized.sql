{{ config(**incremental_by('user_id', "changed_versions('stg_crm__users', 'user_id')")) }}
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

users as (
    select * from {{ ref('stg_crm__users') }}
    {% if is_incremental() %}
        where user_id in (select * from {{ changed_keys() }})
    {% endif %}
),

final as (
    select
        user_id,
        user_name,
        email,
        department,
        division,
        title,
        manager_id,
        is_active,
        created_at,
        modified_at,
        {{ history_bounds('user_id', 'modified_at') }},
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from users
)

select * from final
