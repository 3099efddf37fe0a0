
-- Fixture for int_invoices_converted
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2002-03-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-01-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-02-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-02-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2026-03-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"
union all
select cast(null as text) as "invoice_no", cast(null as text) as "document_type", cast(null as text) as "status", cast(null as text) as "customer_id", cast(null as text) as "source_account_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as date) as "invoice_date", cast(null as date) as "due_date", 
    
    cast('2027-05-01' as date)
 as "invoice_month", cast(null as text) as "currency", cast(null as numeric(18,2)) as "document_net_amount", cast(null as numeric(18,2)) as "net_amount", cast(null as numeric(18,2)) as "vat_amount", cast(null as text) as "reporting_currency", cast(null as numeric(18,2)) as "net_amount_reporting", cast(null as boolean) as "is_credit_note", cast(null as boolean) as "is_posted"