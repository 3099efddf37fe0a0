
    
    



select currency
from "warehouse"."marts"."fct_invoices"
where currency is null


