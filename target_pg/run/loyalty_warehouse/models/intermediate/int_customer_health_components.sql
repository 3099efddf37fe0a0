
      insert into "warehouse"."intermediate"."int_customer_health_components" ("customer_id", "month", "months_of_history", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_deleted", "contacts", "revenue", "revenue_t12m", "revenue_t12m_year_before", "is_active", "respondents", "nps_respondents", "account_nps", "loyalty_category", "csat", "ces", "appreciation", "complaints_90d", "open_complaints", "revenue_trend", "coverage", "loyalty_score", "satisfaction_score", "complaints_score", "revenue_trend_score", "coverage_score")
    (
        select "customer_id", "month", "months_of_history", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_deleted", "contacts", "revenue", "revenue_t12m", "revenue_t12m_year_before", "is_active", "respondents", "nps_respondents", "account_nps", "loyalty_category", "csat", "ces", "appreciation", "complaints_90d", "open_complaints", "revenue_trend", "coverage", "loyalty_score", "satisfaction_score", "complaints_score", "revenue_trend_score", "coverage_score"
        from "int_customer_health_components__dbt_tmp054030858366"
    )


  