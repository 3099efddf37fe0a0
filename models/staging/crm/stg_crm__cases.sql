with

source as (
    select * from {{ source('raw', 'crm_cases') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id('"Id"') }} as case_id,
        {{ normalize_sf_id('"AccountId"') }} as account_id,
        {{ normalize_sf_id('"ContactId"') }} as contact_id,
        {{ normalize_sf_id('"OwnerId"') }} as owner_id,

        ---------- strings
        nullif(trim("CaseNumber"), '') as case_number,
        nullif(trim("Type"), '') as case_type,
        nullif(trim("Reason"), '') as reason,
        nullif(trim("Priority"), '') as priority,
        nullif(trim("Status"), '') as status,
        nullif(trim("Origin"), '') as origin,
        nullif(trim("Subject"), '') as subject,

        ---------- booleans
        coalesce(lower(trim("Type")) = 'complaint', false) as is_complaint,
        coalesce("IsDeleted", false) as is_deleted,

        ---------- timestamps
        "CreatedDate" as created_at,
        "ClosedDate" as closed_at,
        "SystemModstamp" as modified_at,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'case_id') }}
)

select * from final
