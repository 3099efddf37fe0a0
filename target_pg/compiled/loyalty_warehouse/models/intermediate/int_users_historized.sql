
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

users as (
    select * from "warehouse"."staging"."stg_crm__users"
    
        where user_id in (select * from pg_temp._changed_int_users_historized)
    
),

final as (
    select
        user_id,
        user_name,
        email,
        department,
        division,
        title,
        manager_id,
        is_active,
        created_at,
        modified_at,
        case
        when row_number() over (partition by user_id order by modified_at) = 1
            then cast('1900-01-01 00:00:00' as timestamp)
        else modified_at
    end as valid_from,
    coalesce(
        lead(modified_at) over (partition by user_id order by modified_at),
        cast('9999-12-31 00:00:00' as timestamp)
    ) as valid_to,
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from users
)

select * from final