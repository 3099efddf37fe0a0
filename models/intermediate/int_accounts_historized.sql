{{ config(**incremental_by('account_id', "changed_versions('stg_crm__accounts', 'account_id')")) }}
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

accounts as (
    select * from {{ ref('stg_crm__accounts') }}
    {% if is_incremental() %}
        where account_id in (select * from {{ changed_keys() }})
    {% endif %}
),

final as (
    select
        account_id,
        account_manager_id,
        parent_account_id,
        account_name,
        account_type,
        industry,
        country,
        currency,
        segment,
        number_of_employees,
        annual_revenue,
        -- A deleted version stays in the history: events before the deletion keep their account.
        is_deleted,
        created_at,
        modified_at,
        {{ history_bounds('account_id', 'modified_at') }},
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from accounts
)

select * from final
