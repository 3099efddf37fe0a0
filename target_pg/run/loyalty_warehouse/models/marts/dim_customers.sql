
  
    

  create  table "warehouse"."marts"."dim_customers__dbt_tmp"
  
  
    
  (
    customer_id text,
    name text,
    industry text,
    segment text,
    country text,
    account_manager_id text,
    account_manager_name text,
    department text,
    is_deleted boolean,
    account_type text,
    parent_customer_id text,
    number_of_employees bigint,
    created_at timestamp,
    modified_at timestamp
    ) ;
    insert into "warehouse"."marts"."dim_customers__dbt_tmp" (
      customer_id, name, industry, segment, country, account_manager_id, account_manager_name, department, is_deleted, account_type, parent_customer_id, number_of_employees, created_at, modified_at
    )
  
  (
    
    select customer_id, name, industry, segment, country, account_manager_id, account_manager_name, department, is_deleted, account_type, parent_customer_id, number_of_employees, created_at, modified_at
    from (
        with

accounts as (
    select * from "warehouse"."intermediate"."int_accounts_historized"
    where is_current
),

users as (
    select * from "warehouse"."intermediate"."int_users_historized"
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
    ) as model_subq
  );
  