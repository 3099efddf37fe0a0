
    
    



select response_month
from "warehouse"."marts"."fct_survey_responses"
where response_month is null


