
      insert into "warehouse"."marts"."fct_invoices" ("invoice_no", "document_type", "status", "customer_id", "source_account_id", "is_unmatched", "segment", "account_manager_id", "department", "invoice_date", "invoice_month", "due_date", "currency", "net_amount", "vat_amount", "reporting_currency", "net_amount_reporting")
    (
        select "invoice_no", "document_type", "status", "customer_id", "source_account_id", "is_unmatched", "segment", "account_manager_id", "department", "invoice_date", "invoice_month", "due_date", "currency", "net_amount", "vat_amount", "reporting_currency", "net_amount_reporting"
        from "fct_invoices__dbt_tmp054029142980"
    )


  