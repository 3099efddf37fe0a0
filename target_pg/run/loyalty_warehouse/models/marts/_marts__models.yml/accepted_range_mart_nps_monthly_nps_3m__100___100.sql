
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select nps_3m
    from "warehouse"."marts"."mart_nps_monthly"
    where
        nps_3m is not null
        and (
            false or nps_3m < -100 or nps_3m > 100
        )

  
  
      
    ) dbt_internal_test