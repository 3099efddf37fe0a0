
-- Fixture for fct_invoices
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('C1' as text)
 as "customer_id", cast(null as text) as "source_account_id", cast(null as boolean) as "is_unmatched", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", 
    
    cast('2026-10-01' as date)
 as "invoice_month", cast(null as date) as "due_date", cast(null as text) as "currency", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", 
    
    cast(999.0 as numeric(18,2))
 as "net_amount_reporting"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast(null as text)
 as "customer_id", cast(null as text) as "source_account_id", cast(null as boolean) as "is_unmatched", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", 
    
    cast('2025-10-01' as date)
 as "invoice_month", cast(null as date) as "due_date", cast(null as text) as "currency", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", 
    
    cast(20.0 as numeric(18,2))
 as "net_amount_reporting"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast(null as text)
 as "customer_id", cast(null as text) as "source_account_id", cast(null as boolean) as "is_unmatched", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", 
    
    cast('2026-10-01' as date)
 as "invoice_month", cast(null as date) as "due_date", cast(null as text) as "currency", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", 
    
    cast(30.0 as numeric(18,2))
 as "net_amount_reporting"