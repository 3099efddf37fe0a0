
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        customer_id, month,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_customer_months"
    group by customer_id, month
    having count(*) > 1

  
  
      
    ) dbt_internal_test