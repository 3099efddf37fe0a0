
    
    

with child as (
    select survey_id as from_field
    from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
    where survey_id is not null
),

parent as (
    select survey_id as to_field
    from "warehouse"."seeds"."survey_questions"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


