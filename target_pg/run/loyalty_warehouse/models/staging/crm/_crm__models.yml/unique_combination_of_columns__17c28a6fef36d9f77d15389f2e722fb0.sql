
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        user_id, modified_at,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_crm__users" where true) as dbt_subquery
    group by user_id, modified_at
    having count(*) > 1

  
  
      
    ) dbt_internal_test