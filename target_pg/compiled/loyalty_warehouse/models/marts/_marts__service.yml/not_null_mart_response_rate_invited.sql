
    
    



select invited
from "warehouse"."marts"."mart_response_rate"
where invited is null


