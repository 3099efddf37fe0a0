
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select median_days_to_close
    from "warehouse"."marts"."mart_complaint_rate"
    where
        median_days_to_close is not null
        and (
            false or median_days_to_close < 0
        )

  
  
      
    ) dbt_internal_test