
    select
        month, segment,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_complaint_rate"
    group by month, segment
    having count(*) > 1
