
    
    



select is_active
from "warehouse"."marts"."dim_account_managers"
where is_active is null


