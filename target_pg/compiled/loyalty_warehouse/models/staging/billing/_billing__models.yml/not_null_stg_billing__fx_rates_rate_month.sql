
    
    



select rate_month
from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
where rate_month is null


