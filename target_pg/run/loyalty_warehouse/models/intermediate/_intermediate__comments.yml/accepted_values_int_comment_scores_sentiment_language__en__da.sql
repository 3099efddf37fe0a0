
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        sentiment_language as value_field,
        count(*) as n_records

    from "warehouse"."intermediate"."int_comment_scores"
    group by sentiment_language

)

select *
from all_values
where value_field not in (
    'en','da'
)



  
  
      
    ) dbt_internal_test