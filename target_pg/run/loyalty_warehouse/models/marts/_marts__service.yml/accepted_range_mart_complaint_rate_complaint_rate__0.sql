
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select complaint_rate
    from "warehouse"."marts"."mart_complaint_rate"
    where
        complaint_rate is not null
        and (
            false or complaint_rate < 0
        )

  
  
      
    ) dbt_internal_test