
    
    



select invoice_no
from "warehouse"."intermediate"."int_invoices_converted"
where invoice_no is null


