
    select *
    from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
    where not (eur_per_unit > 0)
