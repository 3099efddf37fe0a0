with

source as (
    select * from "warehouse"."raw"."crm_accounts"
),

industries as (
    select
        industry_alias,
        industry as canonical_industry
    from "warehouse"."seeds"."industry_aliases"
),

renamed as (
    select
        ---------- ids
        case
        when length(trim(source."Id")) in (15, 18)
            then substr(trim(source."Id"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."Id"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."Id"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."Id"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."Id"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."Id"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."Id"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."Id"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."Id"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."Id"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."Id"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."Id"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."Id"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."Id"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."Id"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."Id"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as account_id,
        case
        when length(trim(source."OwnerId")) in (15, 18)
            then substr(trim(source."OwnerId"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."OwnerId"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."OwnerId"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."OwnerId"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."OwnerId"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as account_manager_id,
        case
        when length(trim(source."ParentId")) in (15, 18)
            then substr(trim(source."ParentId"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ParentId"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ParentId"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ParentId"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ParentId"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as parent_account_id,

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
    select
        *,
        row_number() over (
            partition by account_id
            order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from (
        select distinct on (account_id, modified_at) *
    from renamed
    order by account_id, modified_at, _drop_date desc, _row_number desc
    ) as versions
)

select * from final