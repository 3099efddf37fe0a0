
  
    

  create  table "warehouse"."marts"."dim_account_managers__dbt_tmp"
  
  
    
  (
    account_manager_id text,
    name text,
    department text,
    division text,
    manager_id text,
    is_active boolean,
    title text,
    created_at timestamp,
    modified_at timestamp
    ) ;
    insert into "warehouse"."marts"."dim_account_managers__dbt_tmp" (
      account_manager_id, name, department, division, manager_id, is_active, title, created_at, modified_at
    )
  
  (
    
    select account_manager_id, name, department, division, manager_id, is_active, title, created_at, modified_at
    from (
        with

users as (
    select * from "warehouse"."intermediate"."int_users_historized"
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
    ) as model_subq
  );
  