
    
    



select finished
from "warehouse"."marts"."mart_response_rate"
where finished is null


