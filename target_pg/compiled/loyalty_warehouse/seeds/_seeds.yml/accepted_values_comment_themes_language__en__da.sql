
    
    

with all_values as (

    select
        language as value_field,
        count(*) as n_records

    from "warehouse"."seeds"."comment_themes"
    group by language

)

select *
from all_values
where value_field not in (
    'en','da'
)


