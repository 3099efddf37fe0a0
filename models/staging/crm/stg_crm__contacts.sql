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

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'contact_id') }}
)

select * from final
