with

source as (
    select * from {{ source('crm', 'crm_cases') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id(adapter.quote('Id')) }} as case_id,
        {{ normalize_sf_id(adapter.quote('AccountId')) }} as account_id,
        {{ normalize_sf_id(adapter.quote('ContactId')) }} as contact_id,
        {{ normalize_sf_id(adapter.quote('OwnerId')) }} as owner_id,

        ---------- strings
        nullif(trim({{ adapter.quote('CaseNumber') }}), '') as case_number,
        nullif(trim({{ adapter.quote('Type') }}), '') as case_type,
        nullif(trim({{ adapter.quote('Reason') }}), '') as reason,
        nullif(trim({{ adapter.quote('Priority') }}), '') as priority,
        nullif(trim({{ adapter.quote('Status') }}), '') as status,
        nullif(trim({{ adapter.quote('Origin') }}), '') as origin,
        nullif(trim({{ adapter.quote('Subject') }}), '') as subject,

        ---------- booleans
        coalesce(lower(trim({{ adapter.quote('Type') }})) = 'complaint', false) as is_complaint,
        coalesce({{ adapter.quote('IsDeleted') }}, false) as is_deleted,

        ---------- timestamps
        {{ adapter.quote('CreatedDate') }} as created_at,
        {{ adapter.quote('ClosedDate') }} as closed_at,
        {{ adapter.quote('SystemModstamp') }} as modified_at,

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
