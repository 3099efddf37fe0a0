
    select
        survey_id, month,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_response_rate"
    group by survey_id, month
    having count(*) > 1
