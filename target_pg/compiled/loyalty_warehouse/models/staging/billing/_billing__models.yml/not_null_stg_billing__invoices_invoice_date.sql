
    
    



select invoice_date
from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
where invoice_date is null


