
    
    



select status
from "warehouse"."seeds"."survey_response_statuses"
where status is null


