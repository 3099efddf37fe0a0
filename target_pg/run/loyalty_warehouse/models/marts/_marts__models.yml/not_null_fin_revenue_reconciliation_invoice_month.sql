
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invoice_month
from "warehouse"."marts"."fin_revenue_reconciliation"
where invoice_month is null



  
  
      
    ) dbt_internal_test