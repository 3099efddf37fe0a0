with

source as (
    select * from {{ source('raw', 'billing_invoices') }}
),

renamed as (
    select
        ---------- ids
        trim("InvoiceNo") as invoice_no,
        {{ normalize_sf_id('"AccountId"') }} as account_id,
        -- As delivered, for tracing documents whose account is unknown.
        nullif(trim("AccountId"), '') as source_account_id,

        ---------- strings
        trim("DocumentType") as document_type,
        trim("Status") as status,
        upper(trim("Currency")) as currency,

        ---------- numerics
        -- Positive on invoices and credit notes alike, as in the file; the sign is applied in
        -- int_invoices_converted.
        "NetAmount" as net_amount,
        "VatAmount" as vat_amount,

        ---------- booleans
        lower(trim("DocumentType")) = 'creditnote' as is_credit_note,
        lower(trim("Status")) = 'posted' as is_posted,

        ---------- dates
        "InvoiceDate" as invoice_date,
        "DueDate" as due_date,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- A document reappears in a later drop when it changes (e.g. voided): the latest drop wins.
final as (
    {{ deduplicate('renamed', 'invoice_no', '_drop_date desc, _row_number desc') }}
)

select * from final
