
    
    



select account_id
from "warehouse"."intermediate"."int_accounts_historized"
where account_id is null


