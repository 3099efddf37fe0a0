with

accounts as (
    select * from {{ ref('int_accounts_historized') }}
    where is_current
),

users as (
    select * from {{ ref('int_users_historized') }}
    where is_current
),

final as (
    select
        accounts.account_id as customer_id,
        accounts.account_name as name,
        accounts.industry,
        accounts.segment,
        accounts.country,
        accounts.account_manager_id,
        users.user_name as account_manager_name,
        users.department,
        accounts.is_deleted,
        accounts.account_type,
        accounts.parent_account_id as parent_customer_id,
        accounts.number_of_employees,
        accounts.created_at,
        accounts.modified_at
    from accounts
    left join users
        on accounts.account_manager_id = users.user_id
)

select * from final
