
    
    



select invoice_no
from "warehouse"."marts"."fct_invoices"
where invoice_no is null


