
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A failure means the customer or FX joins lost or duplicated billing documents: staging
-- and fct_invoices differ in row count, so revenue per customer or segment would be wrong
-- even where the monthly reconciliation still ties.


with

staged as (
    select count(*) as row_count from "warehouse"."staging"."stg_billing__invoices"
),

published as (
    select count(*) as row_count from "warehouse"."marts"."fct_invoices"
)

select
    staged.row_count as staged_documents,
    published.row_count as published_documents
from staged
cross join published
where staged.row_count <> published.row_count
  
  
      
    ) dbt_internal_test