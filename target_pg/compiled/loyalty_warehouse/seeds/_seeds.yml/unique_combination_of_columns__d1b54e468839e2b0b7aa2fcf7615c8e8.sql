
    select
        survey_id, question_column,
        count(*) as rows_with_this_key
    from "warehouse"."seeds"."survey_questions"
    group by survey_id, question_column
    having count(*) > 1
