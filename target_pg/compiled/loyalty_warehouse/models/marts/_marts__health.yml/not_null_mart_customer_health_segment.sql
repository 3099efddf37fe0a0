
    
    



select segment
from "warehouse"."marts"."mart_customer_health"
where segment is null


