
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select *
    from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
    where not (eur_per_unit > 0)

  
  
      
    ) dbt_internal_test