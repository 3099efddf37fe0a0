
    
    



select recorded_at
from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where recorded_at is null


