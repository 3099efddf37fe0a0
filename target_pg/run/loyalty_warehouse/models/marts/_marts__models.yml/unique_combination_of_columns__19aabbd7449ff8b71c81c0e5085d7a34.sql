
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        invoice_month, currency,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."fin_revenue_reconciliation"
    group by invoice_month, currency
    having count(*) > 1

  
  
      
    ) dbt_internal_test