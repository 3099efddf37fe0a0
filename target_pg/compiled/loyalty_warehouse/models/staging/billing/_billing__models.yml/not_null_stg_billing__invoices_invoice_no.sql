
    
    



select invoice_no
from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
where invoice_no is null


