
    
    



select segment
from "warehouse"."marts"."fct_survey_responses"
where segment is null


