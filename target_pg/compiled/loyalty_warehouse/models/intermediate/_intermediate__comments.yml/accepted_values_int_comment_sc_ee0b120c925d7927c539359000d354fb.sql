
    
    

with all_values as (

    select
        comment_sentiment_label as value_field,
        count(*) as n_records

    from "warehouse"."intermediate"."int_comment_scores"
    group by comment_sentiment_label

)

select *
from all_values
where value_field not in (
    'positive','neutral','negative'
)


