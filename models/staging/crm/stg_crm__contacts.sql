with

source as (
    select * from {{ source('crm', 'crm_contacts') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id(adapter.quote('Id')) }} as contact_id,
        {{ normalize_sf_id(adapter.quote('AccountId')) }} as account_id,

        ---------- strings
        nullif(trim({{ adapter.quote('FirstName') }}), '') as first_name,
        nullif(trim({{ adapter.quote('LastName') }}), '') as last_name,
        -- Lower-cased: survey responses are matched to contacts by e-mail, case-insensitively.
        nullif(lower(trim({{ adapter.quote('Email') }})), '') as email,
        nullif(trim({{ adapter.quote('Title') }}), '') as title,
        nullif(trim({{ adapter.quote('Department') }}), '') as department,

        ---------- booleans
        coalesce({{ adapter.quote('IsDeleted') }}, false) as is_deleted,

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
    {{ salesforce_versions('renamed', 'contact_id') }}
)

select * from final
