
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        account_id, valid_from,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_accounts_historized"
    group by account_id, valid_from
    having count(*) > 1

  
  
      
    ) dbt_internal_test