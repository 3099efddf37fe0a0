
      insert into "warehouse"."intermediate"."int_invoices_converted" ("invoice_no", "document_type", "status", "customer_id", "source_account_id", "segment", "account_manager_id", "department", "invoice_date", "due_date", "invoice_month", "currency", "document_net_amount", "net_amount", "vat_amount", "reporting_currency", "net_amount_reporting", "is_credit_note", "is_posted")
    (
        select "invoice_no", "document_type", "status", "customer_id", "source_account_id", "segment", "account_manager_id", "department", "invoice_date", "due_date", "invoice_month", "currency", "document_net_amount", "net_amount", "vat_amount", "reporting_currency", "net_amount_reporting", "is_credit_note", "is_posted"
        from "int_invoices_converted__dbt_tmp054012738769"
    )


  