
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select account_nps
    from "warehouse"."intermediate"."int_customer_feedback_t12m"
    where
        account_nps is not null
        and (
            false or account_nps < 0 or account_nps > 10
        )

  
  
      
    ) dbt_internal_test