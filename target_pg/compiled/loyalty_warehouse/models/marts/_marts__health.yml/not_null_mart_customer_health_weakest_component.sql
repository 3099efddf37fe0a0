
    
    



select weakest_component
from "warehouse"."marts"."mart_customer_health"
where weakest_component is null


