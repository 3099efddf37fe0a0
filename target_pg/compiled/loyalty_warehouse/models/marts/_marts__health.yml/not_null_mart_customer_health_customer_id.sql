
    
    



select customer_id
from "warehouse"."marts"."mart_customer_health"
where customer_id is null


