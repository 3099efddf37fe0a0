
    
    



select account_manager_id
from "warehouse"."marts"."mart_health_by_owner"
where account_manager_id is null


