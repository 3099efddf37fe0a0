
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A warning means billing documents of that month and currency cannot be converted into the
-- reporting currency: fx_rates.csv lacks the month's rate for the document currency or for
-- the reporting currency, and revenue in the reporting currency would be understated.
-- It is a warning here so that fin_revenue_reconciliation is still built: publishing is then
-- blocked by that mart's blocking check on missing_fx_rate (expectations/marts), which names
-- the month and currency (SPEC §2.2: a missing rate blocks publishing).


select
    invoice_month,
    currency,
    reporting_currency,
    count(*) as documents_without_rate
from "warehouse"."marts"."fct_invoices"
where net_amount_reporting is null
group by invoice_month, currency, reporting_currency
  
  
      
    ) dbt_internal_test