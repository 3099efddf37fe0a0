
    
    



select department
from "warehouse"."marts"."mart_health_by_owner"
where department is null


