
    
    



select survey_id
from "warehouse"."marts"."fct_survey_responses"
where survey_id is null


