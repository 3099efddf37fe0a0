{{ config(**incremental_by('invoice_no', 'changed_invoices()', log_rebuilt_customers=true)) }}
-- Incremental (macros/incremental.sql): each run rebuilds the invoice_nos changed_invoices() lists.

with

invoices as (
    select * from {{ ref('stg_billing__invoices') }}
    {% if is_incremental() %}
        where invoice_no in (select * from {{ changed_keys() }})
    {% endif %}
),

fx_rates as (
    select * from {{ ref('stg_billing__fx_rates') }}
),

accounts as (
    select * from {{ ref('int_accounts_historized') }}
),

users as (
    select * from {{ ref('int_users_historized') }}
),

signed as (
    select
        *,
        {{ month_start('invoice_date') }} as invoice_month,
        cast(invoice_date as timestamp) as invoiced_at,
        -- Credit notes arrive positive: the sign is applied here, once, so every mart sees
        -- signed amounts. A void document is not revenue.
        cast(case
            when not is_posted then 0
            when is_credit_note then -net_amount
            else net_amount
        end as decimal(18, 2)) as signed_net_amount,
        cast(case
            when not is_posted then 0
            when is_credit_note then -vat_amount
            else vat_amount
        end as decimal(18, 2)) as signed_vat_amount
    from invoices
),

-- EUR is worth 1 EUR by definition; any other currency needs its monthly rate, and a missing
-- rate leaves the converted amount NULL (never 0), which blocks publishing.
rated as (
    select
        signed.*,
        case
            when signed.currency = 'EUR' then 1 else document_rates.eur_per_unit
        end as document_eur_per_unit,
        case
            when '{{ var("reporting_currency") }}' = 'EUR' then 1 else reporting_rates.eur_per_unit
        end as reporting_eur_per_unit
    from signed
    left join fx_rates as document_rates
        on
            signed.currency = document_rates.currency
            and signed.invoice_month = document_rates.rate_month
    left join fx_rates as reporting_rates
        on
            reporting_rates.currency = '{{ var("reporting_currency") }}'
            and signed.invoice_month = reporting_rates.rate_month
),

final as (
    select
        rated.invoice_no,
        rated.document_type,
        rated.status,
        -- Unmatched revenue (blank or unknown AccountId) keeps a NULL customer, never dropped.
        accounts.account_id as customer_id,
        rated.source_account_id,
        coalesce(accounts.segment, 'Unknown') as segment,
        accounts.account_manager_id,
        users.department,
        rated.invoice_date,
        rated.due_date,
        rated.invoice_month,
        rated.currency,
        rated.net_amount as document_net_amount,
        rated.signed_net_amount as net_amount,
        rated.signed_vat_amount as vat_amount,
        '{{ var("reporting_currency") }}' as reporting_currency,
        -- Exact decimal product, one division (in double), rounded to the cent. DECIMAL(18, 2)
        -- times DECIMAL(18, 10) fits 38 digits, so no engine cuts its scale (Spark would, from
        -- DECIMAL(38, 2) or the DECIMAL(20, 10) of the CASE above, to 6 or 11 decimals).
        {{ double_to_decimal(
            as_double(
                'cast(rated.signed_net_amount as decimal(18, 2))'
                ~ ' * cast(rated.document_eur_per_unit as decimal(18, 10))'
            ) ~ ' / rated.reporting_eur_per_unit',
            18, 2
        ) }} as net_amount_reporting,
        rated.is_credit_note,
        rated.is_posted
    from rated
    left join accounts
        on
            rated.account_id = accounts.account_id
            and {{ valid_at('accounts', 'rated.invoiced_at') }}
    left join users
        on
            accounts.account_manager_id = users.user_id
            and {{ valid_at('users', 'rated.invoiced_at') }}
)

select * from final
