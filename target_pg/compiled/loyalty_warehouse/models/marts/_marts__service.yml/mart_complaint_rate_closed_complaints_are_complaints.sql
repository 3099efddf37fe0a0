
    select *
    from "warehouse"."marts"."mart_complaint_rate"
    where not (closed_complaints <= complaints)
