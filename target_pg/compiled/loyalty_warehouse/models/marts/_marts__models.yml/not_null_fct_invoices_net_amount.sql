
    
    



select net_amount
from "warehouse"."marts"."fct_invoices"
where net_amount is null


