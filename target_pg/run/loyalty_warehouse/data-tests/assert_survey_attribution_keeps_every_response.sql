
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A failure means the as-of attribution lost or duplicated survey responses: counting
-- responses in staging and rows in fct_survey_responses differ, so NPS would be over- or
-- under-counted (e.g. overlapping CRM versions, or two contacts sharing an e-mail).


with

staged as (
    select count(*) as row_count
    from "warehouse"."staging"."stg_survey__responses"
    where is_counting
),

published as (
    select count(*) as row_count from "warehouse"."marts"."fct_survey_responses"
)

select
    staged.row_count as staged_responses,
    published.row_count as published_responses
from staged
cross join published
where staged.row_count <> published.row_count
  
  
      
    ) dbt_internal_test