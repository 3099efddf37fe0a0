
    
    



select currency
from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
where currency is null


