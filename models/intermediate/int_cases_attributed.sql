{{ config(**incremental_by('case_id', 'changed_cases()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the cases changed_cases() lists.

with

cases as (
    select * from {{ ref('stg_crm__cases') }}
    where is_current
    {% if is_incremental() %}
        and case_id in (select * from {{ changed_keys() }})
    {% endif %}
),

accounts as (
    select * from {{ ref('int_accounts_historized') }}
),

users as (
    select * from {{ ref('int_users_historized') }}
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
            and {{ valid_at('accounts', 'cases.created_at') }}
    left join users
        on
            accounts.account_manager_id = users.user_id
            and {{ valid_at('users', 'cases.created_at') }}
)

select * from final
