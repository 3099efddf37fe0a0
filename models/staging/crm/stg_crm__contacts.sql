with

source as (
    select * from {{ source('raw', 'crm_contacts') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id('"Id"') }} as contact_id,
        {{ normalize_sf_id('"AccountId"') }} as account_id,

        ---------- strings
        nullif(trim("FirstName"), '') as first_name,
        nullif(trim("LastName"), '') as last_name,
        -- Lower-cased: survey responses are matched to contacts by e-mail, case-insensitively.
        nullif(lower(trim("Email")), '') as email,
        nullif(trim("Title"), '') as title,
        nullif(trim("Department"), '') as department,

        ---------- booleans
        coalesce("IsDeleted", false) as is_deleted,

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
    {{ deduplicate('renamed', 'contact_id, modified_at', '_drop_date desc, _row_number desc') }}
),

final as (
    select
        *,
        row_number() over (
            partition by contact_id order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from versions
)

select * from final
