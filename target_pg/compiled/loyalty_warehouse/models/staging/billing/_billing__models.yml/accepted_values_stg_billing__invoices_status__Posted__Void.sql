
    
    

with all_values as (

    select
        status as value_field,
        count(*) as n_records

    from (select * from "warehouse"."staging"."stg_billing__invoices" where true) as dbt_subquery
    group by status

)

select *
from all_values
where value_field not in (
    'Posted','Void'
)


