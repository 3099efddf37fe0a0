
    
    

with all_values as (

    select
        measure as value_field,
        count(*) as n_records

    from "warehouse"."seeds"."survey_questions"
    group by measure

)

select *
from all_values
where value_field not in (
    'nps','nps_group','comment','csat','ces','appreciation'
)


