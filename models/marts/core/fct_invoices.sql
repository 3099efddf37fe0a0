{{ config(**incremental_by('invoice_no', 'changed_invoices()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the invoice_nos changed_invoices() lists.

with

invoices as (
    select * from {{ ref('int_invoices_converted') }}
    {% if is_incremental() %}
        where invoice_no in (select * from {{ changed_keys() }})
    {% endif %}
),

final as (
    select
        invoice_no,
        document_type,
        status,
        customer_id,
        source_account_id,
        customer_id is null as is_unmatched,
        segment,
        account_manager_id,
        department,
        invoice_date,
        invoice_month,
        due_date,
        currency,
        net_amount,
        vat_amount,
        reporting_currency,
        net_amount_reporting
    from invoices
)

select * from final
