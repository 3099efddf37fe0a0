
    
    



select response_id
from "warehouse"."marts"."fct_survey_responses"
where response_id is null


