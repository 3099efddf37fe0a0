
      insert into "warehouse"."intermediate"."int_users_historized" ("user_id", "user_name", "email", "department", "division", "title", "manager_id", "is_active", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file")
    (
        select "user_id", "user_name", "email", "department", "division", "title", "manager_id", "is_active", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file"
        from "int_users_historized__dbt_tmp054010742043"
    )


  