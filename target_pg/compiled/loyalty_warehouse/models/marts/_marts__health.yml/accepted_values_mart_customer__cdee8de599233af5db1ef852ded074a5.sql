
    
    

with all_values as (

    select
        status_change as value_field,
        count(*) as n_records

    from "warehouse"."marts"."mart_customer_health"
    group by status_change

)

select *
from all_values
where value_field not in (
    'new','improved','worsened','unchanged'
)


