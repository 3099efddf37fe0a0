
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select grr
    from "warehouse"."marts"."mart_retention"
    where
        grr is not null
        and (
            false or grr < 0 or grr > 1
        )

  
  
      
    ) dbt_internal_test