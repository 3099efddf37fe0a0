with

source as (
    select * from {{ source('crm', 'crm_tasks') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id(adapter.quote('Id')) }} as task_id,
        {{ normalize_sf_id(adapter.quote('WhoId')) }} as who_id,
        {{ normalize_sf_id(adapter.quote('WhatId')) }} as what_id,
        {{ normalize_sf_id(adapter.quote('OwnerId')) }} as owner_id,

        ---------- strings
        nullif(trim({{ adapter.quote('Subject') }}), '') as subject,
        nullif(trim({{ adapter.quote('Type') }}), '') as task_type,
        nullif(trim({{ adapter.quote('Status') }}), '') as status,
        nullif(trim({{ adapter.quote('Priority') }}), '') as priority,

        ---------- booleans
        coalesce({{ adapter.quote('IsClosed') }}, false) as is_closed,
        coalesce({{ adapter.quote('IsDeleted') }}, false) as is_deleted,

        ---------- dates and timestamps
        {{ adapter.quote('ActivityDate') }} as activity_date,
        {{ adapter.quote('CreatedDate') }} as created_at,
        {{ adapter.quote('CompletedDateTime') }} as completed_at,
        {{ adapter.quote('SystemModstamp') }} as modified_at,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'task_id') }}
)

select * from final
