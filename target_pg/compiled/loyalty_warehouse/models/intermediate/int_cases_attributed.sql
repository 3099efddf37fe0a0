
-- Incremental (macros/incremental.sql): each run rebuilds the cases changed_cases() lists.

with

cases as (
    select * from "warehouse"."staging"."stg_crm__cases"
    where is_current
    
        and case_id in (select * from pg_temp._changed_int_cases_attributed)
    
),

accounts as (
    select * from "warehouse"."intermediate"."int_accounts_historized"
),

users as (
    select * from "warehouse"."intermediate"."int_users_historized"
),

-- A complaint counts in its account's segment and with its account manager as of its creation.
final as (
    select
        cases.case_id,
        cases.case_number,
        accounts.account_id as customer_id,
        cases.contact_id,
        coalesce(accounts.segment, 'Unknown') as segment,
        accounts.account_manager_id,
        users.department,
        cases.case_type,
        cases.reason,
        cases.priority,
        cases.status,
        cases.origin,
        cases.is_complaint,
        cases.closed_at is not null as is_closed,
        cases.is_deleted,
        cases.created_at,
        cases.closed_at
    from cases
    left join accounts
        on
            cases.account_id = accounts.account_id
            and cases.created_at >= accounts.valid_from and cases.created_at < accounts.valid_to
    left join users
        on
            accounts.account_manager_id = users.user_id
            and cases.created_at >= users.valid_from and cases.created_at < users.valid_to
)

select * from final