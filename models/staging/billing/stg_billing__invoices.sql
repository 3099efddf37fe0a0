with

source as (
    select * from {{ source('billing', 'billing_invoices') }}
),

renamed as (
    select
        ---------- ids
        trim({{ adapter.quote('InvoiceNo') }}) as invoice_no,
        {{ normalize_sf_id(adapter.quote('AccountId')) }} as account_id,
        -- As delivered, for tracing documents whose account is unknown.
        nullif(trim({{ adapter.quote('AccountId') }}), '') as source_account_id,

        ---------- strings
        trim({{ adapter.quote('DocumentType') }}) as document_type,
        trim({{ adapter.quote('Status') }}) as status,
        upper(trim({{ adapter.quote('Currency') }})) as currency,

        ---------- numerics
        -- Positive on invoices and credit notes alike, as in the file; the sign is applied in
        -- int_invoices_converted.
        {{ adapter.quote('NetAmount') }} as net_amount,
        {{ adapter.quote('VatAmount') }} as vat_amount,

        ---------- booleans
        lower(trim({{ adapter.quote('DocumentType') }})) = 'creditnote' as is_credit_note,
        lower(trim({{ adapter.quote('Status') }})) = 'posted' as is_posted,

        ---------- dates
        {{ adapter.quote('InvoiceDate') }} as invoice_date,
        {{ adapter.quote('DueDate') }} as due_date,

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
