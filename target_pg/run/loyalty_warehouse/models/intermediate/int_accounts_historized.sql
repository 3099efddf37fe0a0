
      insert into "warehouse"."intermediate"."int_accounts_historized" ("account_id", "account_manager_id", "parent_account_id", "account_name", "account_type", "industry", "country", "currency", "segment", "number_of_employees", "annual_revenue", "is_deleted", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file")
    (
        select "account_id", "account_manager_id", "parent_account_id", "account_name", "account_type", "industry", "country", "currency", "segment", "number_of_employees", "annual_revenue", "is_deleted", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file"
        from "int_accounts_historized__dbt_tmp054012464866"
    )


  