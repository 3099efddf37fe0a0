with

source as (
    select * from {{ source('crm', 'crm_accounts') }}
),

industries as (
    select
        industry_alias,
        industry as canonical_industry
    from {{ ref('industry_aliases') }}
),

renamed as (
    select
        ---------- ids
        {{ normalize_sf_id('source.' ~ adapter.quote('Id')) }} as account_id,
        {{ normalize_sf_id('source.' ~ adapter.quote('OwnerId')) }} as account_manager_id,
        {{ normalize_sf_id('source.' ~ adapter.quote('ParentId')) }} as parent_account_id,

        ---------- strings
        nullif(trim(source.{{ adapter.quote('Name') }}), '') as account_name,
        nullif(trim(source.{{ adapter.quote('Type') }}), '') as account_type,
        -- Industry is typed by hand: spellings are mapped through a seed, unknown ones kept.
        coalesce(
            industries.canonical_industry, nullif(trim(source.{{ adapter.quote('Industry') }}), '')
        ) as industry,
        nullif(trim(source.{{ adapter.quote('BillingCountry') }}), '') as country,
        nullif(trim(source.{{ adapter.quote('CurrencyIsoCode') }}), '') as currency,
        coalesce(nullif(trim(source.{{ adapter.quote('Customer_Segment__c') }}), ''), 'Unknown') as segment,

        ---------- numerics
        source.{{ adapter.quote('NumberOfEmployees') }} as number_of_employees,
        source.{{ adapter.quote('AnnualRevenue') }} as annual_revenue,

        ---------- booleans
        coalesce(source.{{ adapter.quote('IsDeleted') }}, false) as is_deleted,

        ---------- timestamps
        source.{{ adapter.quote('CreatedDate') }} as created_at,
        source.{{ adapter.quote('SystemModstamp') }} as modified_at,

        ---------- lineage
        source._drop_date,
        source._source_file,
        source._row_number
    from source
    left join industries
        on lower(trim(source.{{ adapter.quote('Industry') }})) = industries.industry_alias
),

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'account_id') }}
)

select * from final
