
    select
        month, segment,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_nps_monthly"
    group by month, segment
    having count(*) > 1
