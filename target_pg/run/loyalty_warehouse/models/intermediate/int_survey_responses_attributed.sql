
      insert into "warehouse"."intermediate"."int_survey_responses_attributed" ("response_id", "survey_id", "recorded_at", "contact_id", "contact_match", "customer_id", "segment", "account_manager_id", "department", "status", "is_counting", "nps_score", "qualtrics_nps_group", "csat_score", "ces_score", "appreciation_score", "comment", "user_language", "distribution_channel")
    (
        select "response_id", "survey_id", "recorded_at", "contact_id", "contact_match", "customer_id", "segment", "account_manager_id", "department", "status", "is_counting", "nps_score", "qualtrics_nps_group", "csat_score", "ces_score", "appreciation_score", "comment", "user_language", "distribution_channel"
        from "int_survey_responses_attributed__dbt_tmp054012786648"
    )


  