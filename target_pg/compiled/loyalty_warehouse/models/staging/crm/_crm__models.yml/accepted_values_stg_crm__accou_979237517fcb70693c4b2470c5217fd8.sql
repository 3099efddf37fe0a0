
    
    

with all_values as (

    select
        segment as value_field,
        count(*) as n_records

    from (select * from "warehouse"."staging"."stg_crm__accounts" where true) as dbt_subquery
    group by segment

)

select *
from all_values
where value_field not in (
    'Enterprise','Mid-Market','SMB','Unknown'
)


