
    
    



select month
from "warehouse"."marts"."mart_response_rate"
where month is null


