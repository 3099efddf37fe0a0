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

-- A version re-sent unchanged in a later drop is the same version: keep the later copy.
versions as (
    {{ deduplicate('renamed', 'case_id, modified_at', '_drop_date desc, _row_number desc') }}
),

final as (
    select
        *,
        row_number() over (
            partition by case_id order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from versions
)

select * from final
