
-- Fixture for stg_billing__invoices
select 
    
    cast('E1' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('EUR' as text)
 as "currency", 
    
    cast(100.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-10' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('D1' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('DKK' as text)
 as "currency", 
    
    cast(1000.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-11' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('DC' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('DKK' as text)
 as "currency", 
    
    cast(500.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(True as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-12' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('U1' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('USD' as text)
 as "currency", 
    
    cast(50.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-13' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('S1' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('SEK' as text)
 as "currency", 
    
    cast(100.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-14' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('D2' as text)
 as "invoice_no", cast(null as text) as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('DKK' as text)
 as "currency", 
    
    cast(100.0 as numeric(18,2))
 as "net_amount", cast(null as numeric(18,2)) as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-02-02' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"