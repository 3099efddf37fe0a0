
    
    



select response_id
from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where response_id is null


