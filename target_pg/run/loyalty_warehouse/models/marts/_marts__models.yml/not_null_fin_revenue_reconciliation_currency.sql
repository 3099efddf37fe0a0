
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select currency
from "warehouse"."marts"."fin_revenue_reconciliation"
where currency is null



  
  
      
    ) dbt_internal_test