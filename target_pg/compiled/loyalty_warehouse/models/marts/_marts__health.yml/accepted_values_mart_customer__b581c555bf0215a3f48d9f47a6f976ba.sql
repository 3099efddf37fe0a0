
    
    

with all_values as (

    select
        segment as value_field,
        count(*) as n_records

    from "warehouse"."marts"."mart_customer_health"
    group by segment

)

select *
from all_values
where value_field not in (
    'Enterprise','Mid-Market','SMB','Unknown'
)


