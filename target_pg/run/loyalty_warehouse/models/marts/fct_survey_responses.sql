
      insert into "warehouse"."marts"."fct_survey_responses" ("response_id", "survey_id", "recorded_at", "response_month", "contact_id", "customer_id", "segment", "account_manager_id", "department", "nps_score", "nps_category", "csat_score", "ces_score", "appreciation_score", "comment", "comment_sentiment", "comment_sentiment_label", "comment_language", "comment_themes", "contact_match")
    (
        select "response_id", "survey_id", "recorded_at", "response_month", "contact_id", "customer_id", "segment", "account_manager_id", "department", "nps_score", "nps_category", "csat_score", "ces_score", "appreciation_score", "comment", "comment_sentiment", "comment_sentiment_label", "comment_language", "comment_themes", "contact_match"
        from "fct_survey_responses__dbt_tmp054022394666"
    )


  