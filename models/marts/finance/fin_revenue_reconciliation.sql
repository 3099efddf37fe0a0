{#
    Ties warehouse revenue to the billing system, to the cent.

    The billing side is computed straight from the raw billing versions, NOT from staging:
    it re-derives "latest version per document, signed" with its own, deliberately different
    SQL (an anti-join instead of the staging window), so that a bug in staging or in the
    conversion (a lost or duplicated document, a wrong sign, a void counted as revenue) shows
    up here as a difference instead of being reproduced on both sides.
#}
with

billing_versions as (
    select * from {{ source('billing', 'billing_invoices') }}
),

-- A version is the latest when no later drop (or later row of the same drop) has the document.
latest_versions as (
    select billing_versions.*
    from billing_versions
    where not exists (
        select 1
        from billing_versions as later
        where
            trim(later.{{ adapter.quote('InvoiceNo') }})
            = trim(billing_versions.{{ adapter.quote('InvoiceNo') }})
            and (
                later._drop_date > billing_versions._drop_date
                or (
                    later._drop_date = billing_versions._drop_date
                    and later._row_number > billing_versions._row_number
                )
            )
    )
),

source_totals as (
    select
        {{ month_start(adapter.quote('InvoiceDate')) }} as invoice_month,
        upper(trim({{ adapter.quote('Currency') }})) as currency,
        sum(case
            when lower(trim({{ adapter.quote('Status') }})) <> 'posted' then 0
            when lower(trim({{ adapter.quote('DocumentType') }})) = 'creditnote'
                then -{{ adapter.quote('NetAmount') }}
            else {{ adapter.quote('NetAmount') }}
        end) as source_net_amount
    from latest_versions
    group by {{ month_start(adapter.quote('InvoiceDate')) }}, upper(trim({{ adapter.quote('Currency') }}))
),

invoices as (
    select * from {{ ref('fct_invoices') }}
),

warehouse_totals as (
    select
        invoice_month,
        currency,
        count(*) as documents,
        sum(net_amount) as warehouse_net_amount,
        sum(case when is_unmatched then net_amount else 0 end) as unmatched_net_amount,
        max(case when net_amount_reporting is null then 1 else 0 end) = 1 as missing_fx_rate,
        sum(net_amount_reporting) as net_amount_reporting
    from invoices
    group by invoice_month, currency
),

final as (
    select
        coalesce(source_totals.invoice_month, warehouse_totals.invoice_month) as invoice_month,
        {{ fiscal_year('coalesce(source_totals.invoice_month, warehouse_totals.invoice_month)') }}
            as fiscal_year,
        {{ fiscal_quarter('coalesce(source_totals.invoice_month, warehouse_totals.invoice_month)') }}
            as fiscal_quarter,
        coalesce(source_totals.currency, warehouse_totals.currency) as currency,
        cast(coalesce(warehouse_totals.documents, 0) as bigint) as documents,
        cast(coalesce(source_totals.source_net_amount, 0) as decimal(18, 2)) as source_net_amount,
        cast(coalesce(warehouse_totals.warehouse_net_amount, 0) as decimal(18, 2))
            as warehouse_net_amount,
        cast(
            coalesce(source_totals.source_net_amount, 0)
            - coalesce(warehouse_totals.warehouse_net_amount, 0)
            as decimal(18, 2)
        ) as difference,
        cast(coalesce(warehouse_totals.unmatched_net_amount, 0) as decimal(18, 2))
            as unmatched_net_amount,
        '{{ var("reporting_currency") }}' as reporting_currency,
        -- A partial sum would understate revenue: without every rate there is no total.
        cast(case
            when not warehouse_totals.missing_fx_rate then warehouse_totals.net_amount_reporting
        end as decimal(18, 2)) as net_amount_reporting,
        coalesce(warehouse_totals.missing_fx_rate, false) as missing_fx_rate
    from source_totals
    full outer join warehouse_totals
        on
            source_totals.invoice_month = warehouse_totals.invoice_month
            and source_totals.currency = warehouse_totals.currency
)

select * from final
