
    
    



select response_id
from "warehouse"."intermediate"."int_survey_responses_attributed"
where response_id is null


