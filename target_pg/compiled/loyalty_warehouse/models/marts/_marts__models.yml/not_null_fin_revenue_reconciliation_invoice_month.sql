
    
    



select invoice_month
from "warehouse"."marts"."fin_revenue_reconciliation"
where invoice_month is null


