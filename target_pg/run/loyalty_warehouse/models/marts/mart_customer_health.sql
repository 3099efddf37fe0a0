
      insert into "warehouse"."marts"."mart_customer_health" ("customer_id", "month", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_active", "account_nps", "loyalty_category", "respondents", "contacts", "coverage", "csat", "ces", "appreciation", "complaints_90d", "open_complaints", "revenue_t12m", "revenue_t12m_year_before", "revenue_trend", "loyalty_score", "satisfaction_score", "complaints_score", "revenue_trend_score", "coverage_score", "health_score", "health_status", "weakest_component", "previous_health_status", "health_score_change", "status_change")
    (
        select "customer_id", "month", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_active", "account_nps", "loyalty_category", "respondents", "contacts", "coverage", "csat", "ces", "appreciation", "complaints_90d", "open_complaints", "revenue_t12m", "revenue_t12m_year_before", "revenue_trend", "loyalty_score", "satisfaction_score", "complaints_score", "revenue_trend_score", "coverage_score", "health_score", "health_status", "weakest_component", "previous_health_status", "health_score_change", "status_change"
        from "mart_customer_health__dbt_tmp054034053315"
    )


  