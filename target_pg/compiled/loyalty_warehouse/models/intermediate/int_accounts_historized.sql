
-- Incremental (macros/incremental.sql): each run rebuilds every version of the records with a
-- new one.

with

accounts as (
    select * from "warehouse"."staging"."stg_crm__accounts"
    
        where account_id in (select * from pg_temp._changed_int_accounts_historized)
    
),

final as (
    select
        account_id,
        account_manager_id,
        parent_account_id,
        account_name,
        account_type,
        industry,
        country,
        currency,
        segment,
        number_of_employees,
        annual_revenue,
        -- A deleted version stays in the history: events before the deletion keep their account.
        is_deleted,
        created_at,
        modified_at,
        case
        when row_number() over (partition by account_id order by modified_at) = 1
            then cast('1900-01-01 00:00:00' as timestamp)
        else modified_at
    end as valid_from,
    coalesce(
        lead(modified_at) over (partition by account_id order by modified_at),
        cast('9999-12-31 00:00:00' as timestamp)
    ) as valid_to,
        is_current,
        -- Lineage: the file that delivered the version (incremental models find changes by it).
        _source_file
    from accounts
)

select * from final