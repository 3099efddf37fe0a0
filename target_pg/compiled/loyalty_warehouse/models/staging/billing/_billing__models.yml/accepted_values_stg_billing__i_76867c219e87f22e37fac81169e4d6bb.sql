
    
    

with all_values as (

    select
        document_type as value_field,
        count(*) as n_records

    from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
    group by document_type

)

select *
from all_values
where value_field not in (
    'Invoice','CreditNote'
)


