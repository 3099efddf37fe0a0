
    select nps_score
    from "warehouse"."marts"."fct_survey_responses"
    where
        nps_score is not null
        and (
            false or nps_score < 0 or nps_score > 10
        )
