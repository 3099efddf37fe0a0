
      insert into "warehouse"."intermediate"."int_customer_months" ("customer_id", "month", "months_of_history", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_deleted", "contacts", "revenue", "revenue_t12m", "revenue_t12m_year_before", "is_active")
    (
        select "customer_id", "month", "months_of_history", "customer_name", "segment", "account_manager_id", "account_manager_name", "department", "is_deleted", "contacts", "revenue", "revenue_t12m", "revenue_t12m_year_before", "is_active"
        from "int_customer_months__dbt_tmp054029284388"
    )


  