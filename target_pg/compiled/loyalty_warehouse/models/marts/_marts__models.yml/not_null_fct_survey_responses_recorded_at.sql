
    
    



select recorded_at
from "warehouse"."marts"."fct_survey_responses"
where recorded_at is null


