
    
    



select account_manager_id
from "warehouse"."marts"."dim_account_managers"
where account_manager_id is null


