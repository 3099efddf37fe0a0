
    
    

with all_values as (

    select
        comment_language as value_field,
        count(*) as n_records

    from "warehouse"."marts"."fct_survey_responses"
    group by comment_language

)

select *
from all_values
where value_field not in (
    'en','da'
)


