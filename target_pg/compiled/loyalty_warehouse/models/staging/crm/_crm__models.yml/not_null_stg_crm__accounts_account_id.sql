
    
    



select account_id
from (select * from "warehouse"."staging"."stg_crm__accounts" where true) as dbt_subquery
where account_id is null


