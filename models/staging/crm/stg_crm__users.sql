with

source as (
    select * from {{ source('crm', 'crm_users') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id(adapter.quote('Id')) }} as user_id,
        {{ normalize_sf_id(adapter.quote('ManagerId')) }} as manager_id,

        ---------- strings
        nullif(trim({{ adapter.quote('Name') }}), '') as user_name,
        nullif(lower(trim({{ adapter.quote('Email') }})), '') as email,
        nullif(trim({{ adapter.quote('Department') }}), '') as department,
        nullif(trim({{ adapter.quote('Division') }}), '') as division,
        nullif(trim({{ adapter.quote('Title') }}), '') as title,

        ---------- booleans
        coalesce({{ adapter.quote('IsActive') }}, false) as is_active,

        ---------- timestamps
        {{ adapter.quote('CreatedDate') }} as created_at,
        {{ adapter.quote('SystemModstamp') }} as modified_at,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'user_id') }}
)

select * from final
