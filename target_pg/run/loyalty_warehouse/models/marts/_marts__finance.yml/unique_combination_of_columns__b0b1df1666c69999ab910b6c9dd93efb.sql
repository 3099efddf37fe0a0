
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        month, loyalty_category,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."fin_loyalty_revenue"
    group by month, loyalty_category
    having count(*) > 1

  
  
      
    ) dbt_internal_test