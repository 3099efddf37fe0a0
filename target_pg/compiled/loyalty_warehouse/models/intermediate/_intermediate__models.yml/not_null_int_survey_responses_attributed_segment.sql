
    
    



select segment
from "warehouse"."intermediate"."int_survey_responses_attributed"
where segment is null


