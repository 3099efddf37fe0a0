
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invoice_no
from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
where invoice_no is null



  
  
      
    ) dbt_internal_test