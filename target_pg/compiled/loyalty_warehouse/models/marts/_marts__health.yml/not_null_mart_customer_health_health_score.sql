
    
    



select health_score
from "warehouse"."marts"."mart_customer_health"
where health_score is null


