
    
    



select modified_at
from (select * from "warehouse"."staging"."stg_crm__contacts" where true) as dbt_subquery
where modified_at is null


