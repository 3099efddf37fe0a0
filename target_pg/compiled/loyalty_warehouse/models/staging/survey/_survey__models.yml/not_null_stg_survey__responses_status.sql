
    
    



select status
from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where status is null


