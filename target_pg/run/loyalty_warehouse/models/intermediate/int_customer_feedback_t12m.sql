
      insert into "warehouse"."intermediate"."int_customer_feedback_t12m" ("customer_id", "month", "respondents", "responses", "nps_respondents", "account_nps", "csat", "ces", "appreciation")
    (
        select "customer_id", "month", "respondents", "responses", "nps_respondents", "account_nps", "csat", "ces", "appreciation"
        from "int_customer_feedback_t12m__dbt_tmp054029291462"
    )


  