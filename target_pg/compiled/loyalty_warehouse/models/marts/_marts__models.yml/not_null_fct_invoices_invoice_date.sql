
    
    



select invoice_date
from "warehouse"."marts"."fct_invoices"
where invoice_date is null


