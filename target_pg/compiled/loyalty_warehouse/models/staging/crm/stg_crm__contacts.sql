with

source as (
    select * from "warehouse"."raw"."crm_contacts"
),

renamed as (
    select
        ---------- ids
        case
        when length(trim("Id")) in (15, 18)
            then substr(trim("Id"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("Id"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("Id"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("Id"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("Id"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("Id"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("Id"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("Id"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("Id"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("Id"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("Id"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("Id"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("Id"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("Id"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("Id"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("Id"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as contact_id,
        case
        when length(trim("AccountId")) in (15, 18)
            then substr(trim("AccountId"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as account_id,

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
    select
        *,
        row_number() over (
            partition by contact_id
            order by modified_at desc, _drop_date desc, _row_number desc
        ) = 1 as is_current
    from (
        select distinct on (contact_id, modified_at) *
    from renamed
    order by contact_id, modified_at, _drop_date desc, _row_number desc
    ) as versions
)

select * from final