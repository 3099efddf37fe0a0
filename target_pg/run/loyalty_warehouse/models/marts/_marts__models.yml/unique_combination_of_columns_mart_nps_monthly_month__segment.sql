
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        month, segment,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_nps_monthly"
    group by month, segment
    having count(*) > 1

  
  
      
    ) dbt_internal_test