
    
    



select survey_id
from "warehouse"."marts"."mart_response_rate"
where survey_id is null


