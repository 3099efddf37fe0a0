
    select
        month, segment, loyalty_category,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_retention"
    group by month, segment, loyalty_category
    having count(*) > 1
