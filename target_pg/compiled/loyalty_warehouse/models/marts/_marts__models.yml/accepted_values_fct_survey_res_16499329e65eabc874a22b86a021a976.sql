
    
    

with all_values as (

    select
        comment_sentiment_label as value_field,
        count(*) as n_records

    from "warehouse"."marts"."fct_survey_responses"
    group by comment_sentiment_label

)

select *
from all_values
where value_field not in (
    'positive','neutral','negative'
)


