
    
    



select distribution_id
from (select * from "warehouse"."staging"."stg_survey__distributions" where true) as dbt_subquery
where distribution_id is null


