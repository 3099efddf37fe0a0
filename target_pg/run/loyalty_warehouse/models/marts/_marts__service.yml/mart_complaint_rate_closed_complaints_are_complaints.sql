
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select *
    from "warehouse"."marts"."mart_complaint_rate"
    where not (closed_complaints <= complaints)

  
  
      
    ) dbt_internal_test