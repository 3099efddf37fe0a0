
      insert into "warehouse"."intermediate"."int_cases_attributed" ("case_id", "case_number", "customer_id", "contact_id", "segment", "account_manager_id", "department", "case_type", "reason", "priority", "status", "origin", "is_complaint", "is_closed", "is_deleted", "created_at", "closed_at")
    (
        select "case_id", "case_number", "customer_id", "contact_id", "segment", "account_manager_id", "department", "case_type", "reason", "priority", "status", "origin", "is_complaint", "is_closed", "is_deleted", "created_at", "closed_at"
        from "int_cases_attributed__dbt_tmp054012748104"
    )


  