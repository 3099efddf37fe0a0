
    select
        month, loyalty_category,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."fin_loyalty_revenue"
    group by month, loyalty_category
    having count(*) > 1
