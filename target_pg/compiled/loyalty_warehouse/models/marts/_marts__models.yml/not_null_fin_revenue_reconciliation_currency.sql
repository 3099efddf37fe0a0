
    
    



select currency
from "warehouse"."marts"."fin_revenue_reconciliation"
where currency is null


