
    select
        rate_month, currency,
        count(*) as rows_with_this_key
    from (select * from "warehouse"."staging"."stg_billing__fx_rates" where true) as dbt_subquery
    group by rate_month, currency
    having count(*) > 1
