
      insert into "warehouse"."intermediate"."int_contacts_historized" ("contact_id", "account_id", "first_name", "last_name", "email", "title", "department", "is_deleted", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file")
    (
        select "contact_id", "account_id", "first_name", "last_name", "email", "title", "department", "is_deleted", "created_at", "modified_at", "valid_from", "valid_to", "is_current", "_source_file"
        from "int_contacts_historized__dbt_tmp054010745405"
    )


  