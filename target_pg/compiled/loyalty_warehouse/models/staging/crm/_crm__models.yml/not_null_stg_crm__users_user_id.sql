
    
    



select user_id
from (select * from "warehouse"."staging"."stg_crm__users" where true) as dbt_subquery
where user_id is null


