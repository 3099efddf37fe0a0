with

source as (
    select * from {{ source('raw', 'crm_accounts') }}
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
        {{ normalize_sf_id('source."Id"') }} as account_id,
        {{ normalize_sf_id('source."OwnerId"') }} as account_manager_id,
        {{ normalize_sf_id('source."ParentId"') }} as parent_account_id,

        ---------- strings
        nullif(trim(source."Name"), '') as account_name,
        nullif(trim(source."Type"), '') as account_type,
        -- Industry is typed by hand: spellings are mapped through a seed, unknown ones kept.
        coalesce(
            industries.canonical_industry, nullif(trim(source."Industry"), '')
        ) as industry,
        nullif(trim(source."BillingCountry"), '') as country,
        nullif(trim(source."CurrencyIsoCode"), '') as currency,
        coalesce(nullif(trim(source."Customer_Segment__c"), ''), 'Unknown') as segment,

        ---------- numerics
        source."NumberOfEmployees" as number_of_employees,
        source."AnnualRevenue" as annual_revenue,

        ---------- booleans
        coalesce(source."IsDeleted", false) as is_deleted,

        ---------- timestamps
        source."CreatedDate" as created_at,
        source."SystemModstamp" as modified_at,

        ---------- lineage
        source._drop_date,
        source._source_file,
        source._row_number
    from source
    left join industries
        on lower(trim(source."Industry")) = industries.industry_alias
),

-- One row per version of each record, the latest flagged is_current.
final as (
    {{ salesforce_versions('renamed', 'account_id') }}
)

select * from final
