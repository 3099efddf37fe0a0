
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        month, department, account_manager_id,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_health_by_owner"
    group by month, department, account_manager_id
    having count(*) > 1

  
  
      
    ) dbt_internal_test