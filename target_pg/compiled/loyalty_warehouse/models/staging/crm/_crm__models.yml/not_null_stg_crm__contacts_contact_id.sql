
    
    



select contact_id
from (select * from "warehouse"."staging"."stg_crm__contacts" where true) as dbt_subquery
where contact_id is null


