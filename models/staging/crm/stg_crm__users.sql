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

-- A version re-sent unchanged in a later drop is the same version: keep the later copy.
versions as (
    {{ deduplicate('renamed', 'user_id, modified_at', '_drop_date desc, _row_number desc') }}
),

final as (
    select
        *,
        row_number() over (
            partition by user_id order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from versions
)

select * from final
