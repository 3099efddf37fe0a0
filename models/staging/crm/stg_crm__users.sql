with

source as (
    select * from {{ source('raw', 'crm_users') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id('"Id"') }} as user_id,
        {{ normalize_sf_id('"ManagerId"') }} as manager_id,

        ---------- strings
        nullif(trim("Name"), '') as user_name,
        nullif(lower(trim("Email")), '') as email,
        nullif(trim("Department"), '') as department,
        nullif(trim("Division"), '') as division,
        nullif(trim("Title"), '') as title,

        ---------- booleans
        coalesce("IsActive", false) as is_active,

        ---------- timestamps
        "CreatedDate" as created_at,
        "SystemModstamp" as modified_at,

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
