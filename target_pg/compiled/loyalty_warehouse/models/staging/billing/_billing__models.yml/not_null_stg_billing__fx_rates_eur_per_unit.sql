
    
    



select eur_per_unit
from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
where eur_per_unit is null


