
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select top20_revenue_share
    from "warehouse"."marts"."fin_loyalty_summary"
    where
        top20_revenue_share is not null
        and (
            false or top20_revenue_share < 0 or top20_revenue_share > 1
        )

  
  
      
    ) dbt_internal_test