
    
    



select case_id
from (select * from "warehouse"."staging"."stg_crm__cases" where true) as dbt_subquery
where case_id is null


