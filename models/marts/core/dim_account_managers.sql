with

users as (
    select * from {{ ref('int_users_historized') }}
    where is_current
),

final as (
    select
        user_id as account_manager_id,
        user_name as name,
        department,
        division,
        manager_id,
        is_active,
        title,
        created_at,
        modified_at
    from users
)

select * from final
