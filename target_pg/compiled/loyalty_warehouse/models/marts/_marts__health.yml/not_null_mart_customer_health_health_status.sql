
    
    



select health_status
from "warehouse"."marts"."mart_customer_health"
where health_status is null


