
    
    



select survey_id
from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where survey_id is null


