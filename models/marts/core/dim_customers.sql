with

accounts as (
    select * from {{ ref('int_accounts_historized') }}
    where is_current
),

users as (
    select * from {{ ref('int_users_historized') }}
    where is_current
),

-- Today's group of each account (SPEC §3, account hierarchy; macros/account_hierarchy.sql):
-- a parent counts while it is a known account that is not deleted.
links as (
    select
        1 as as_of,
        children.account_id,
        parents.account_id as parent_account_id
    from accounts as children
    inner join accounts as parents
        on
            children.parent_account_id = parents.account_id
            and not parents.is_deleted
),

hierarchy as (
    {{ account_hierarchy('links', 'as_of') }}
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
        hierarchy.parent_account_id as parent_customer_id,
        coalesce(hierarchy.ultimate_parent_id, accounts.account_id) as ultimate_parent_id,
        coalesce(hierarchy.hierarchy_depth, case when hierarchy.account_id is null then 0 end)
            as hierarchy_depth,
        hierarchy.hierarchy_issue,
        accounts.number_of_employees,
        accounts.created_at,
        accounts.modified_at
    from accounts
    left join users
        on accounts.account_manager_id = users.user_id
    left join hierarchy
        on accounts.account_id = hierarchy.account_id
)

select * from final
