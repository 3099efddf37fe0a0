
    
    



select invoice_month
from "warehouse"."marts"."fct_invoices"
where invoice_month is null


