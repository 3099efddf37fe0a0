
    
    



select month
from "warehouse"."marts"."mart_health_by_owner"
where month is null


