
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        contact_match as value_field,
        count(*) as n_records

    from "warehouse"."intermediate"."int_survey_responses_attributed"
    group by contact_match

)

select *
from all_values
where value_field not in (
    'external_reference','email','unmatched'
)



  
  
      
    ) dbt_internal_test