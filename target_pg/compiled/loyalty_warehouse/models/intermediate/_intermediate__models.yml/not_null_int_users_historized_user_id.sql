
    
    



select user_id
from "warehouse"."intermediate"."int_users_historized"
where user_id is null


