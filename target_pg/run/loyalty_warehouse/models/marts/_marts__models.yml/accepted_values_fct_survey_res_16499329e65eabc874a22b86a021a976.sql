
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

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



  
  
      
    ) dbt_internal_test