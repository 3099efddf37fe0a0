
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

contacts as (
    select * from "warehouse"."staging"."stg_crm__contacts"
    
        where contact_id in (select * from pg_temp._changed_int_contacts_historized)
    
),

final as (
    select
        contact_id,
        account_id,
        first_name,
        last_name,
        email,
        title,
        department,
        is_deleted,
        created_at,
        modified_at,
        case
        when row_number() over (partition by contact_id order by modified_at) = 1
            then cast('1900-01-01 00:00:00' as timestamp)
        else modified_at
    end as valid_from,
    coalesce(
        lead(modified_at) over (partition by contact_id order by modified_at),
        cast('9999-12-31 00:00:00' as timestamp)
    ) as valid_to,
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from contacts
)

select * from final