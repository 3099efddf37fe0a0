
    
    

select
    invoice_no as unique_field,
    count(*) as n_records

from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
where invoice_no is not null
group by invoice_no
having count(*) > 1


