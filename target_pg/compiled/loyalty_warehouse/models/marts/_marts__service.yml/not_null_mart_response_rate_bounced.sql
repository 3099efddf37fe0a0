
    
    



select bounced
from "warehouse"."marts"."mart_response_rate"
where bounced is null


