
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        rate_month, currency,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
    group by rate_month, currency
    having count(*) > 1

  
  
      
    ) dbt_internal_test