
-- Fixture for billing_invoices
select 
    
    cast('INV-1 ' as text)
 as "InvoiceNo", cast(null as text) as "DocumentType", cast(null as text) as "AccountId", cast(null as date) as "InvoiceDate", cast(null as date) as "DueDate", cast(null as text) as "Currency", 
    
    cast(100.0 as numeric(18,2))
 as "NetAmount", cast(null as numeric(18,2)) as "VatAmount", 
    
    cast('Posted' as text)
 as "Status", 
    
    cast('2026-02-01' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(1 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"
union all
select 
    
    cast('INV-1' as text)
 as "InvoiceNo", cast(null as text) as "DocumentType", cast(null as text) as "AccountId", cast(null as date) as "InvoiceDate", cast(null as date) as "DueDate", cast(null as text) as "Currency", 
    
    cast(100.0 as numeric(18,2))
 as "NetAmount", cast(null as numeric(18,2)) as "VatAmount", 
    
    cast('Void' as text)
 as "Status", 
    
    cast('2026-03-01' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(9 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"
union all
select 
    
    cast('INV-2' as text)
 as "InvoiceNo", cast(null as text) as "DocumentType", cast(null as text) as "AccountId", cast(null as date) as "InvoiceDate", cast(null as date) as "DueDate", cast(null as text) as "Currency", 
    
    cast(10.0 as numeric(18,2))
 as "NetAmount", cast(null as numeric(18,2)) as "VatAmount", 
    
    cast('Posted' as text)
 as "Status", 
    
    cast('2026-03-01' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(3 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"
union all
select 
    
    cast('INV-2' as text)
 as "InvoiceNo", cast(null as text) as "DocumentType", cast(null as text) as "AccountId", cast(null as date) as "InvoiceDate", cast(null as date) as "DueDate", cast(null as text) as "Currency", 
    
    cast(12.0 as numeric(18,2))
 as "NetAmount", cast(null as numeric(18,2)) as "VatAmount", 
    
    cast('Posted' as text)
 as "Status", 
    
    cast('2026-03-01' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(7 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"