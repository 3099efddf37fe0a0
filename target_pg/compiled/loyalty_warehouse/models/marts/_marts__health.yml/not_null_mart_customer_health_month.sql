
    
    



select month
from "warehouse"."marts"."mart_customer_health"
where month is null


