
-- Incremental (macros/incremental.sql): each run rebuilds the invoice_nos changed_invoices() lists.

with

 __dbt__cte__stg_billing__invoices as (

-- Fixture for stg_billing__invoices
select 
    
    cast('INV-1' as text)
 as "invoice_no", 
    
    cast('001A0000006Vm9rIAC' as text)
 as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('EUR' as text)
 as "currency", 
    
    cast(100.0 as numeric(18,2))
 as "net_amount", 
    
    cast(25.0 as numeric(18,2))
 as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-15' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('CN-1' as text)
 as "invoice_no", 
    
    cast('001A0000006Vm9rIAC' as text)
 as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('EUR' as text)
 as "currency", 
    
    cast(40.0 as numeric(18,2))
 as "net_amount", 
    
    cast(10.0 as numeric(18,2))
 as "vat_amount", 
    
    cast(True as boolean)
 as "is_credit_note", 
    
    cast(True as boolean)
 as "is_posted", 
    
    cast('2026-01-20' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('INV-2' as text)
 as "invoice_no", 
    
    cast('001A0000006Vm9rIAC' as text)
 as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('EUR' as text)
 as "currency", 
    
    cast(70.0 as numeric(18,2))
 as "net_amount", 
    
    cast(17.5 as numeric(18,2))
 as "vat_amount", 
    
    cast(False as boolean)
 as "is_credit_note", 
    
    cast(False as boolean)
 as "is_posted", 
    
    cast('2026-01-21' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('CN-2' as text)
 as "invoice_no", 
    
    cast(null as text)
 as "account_id", cast(null as text) as "source_account_id", cast(null as text) as "document_type", cast(null as text) as "status", 
    
    cast('EUR' as text)
 as "currency", 
    
    cast(10.0 as numeric(18,2))
 as "net_amount", 
    
    cast(2.5 as numeric(18,2))
 as "vat_amount", 
    
    cast(True as boolean)
 as "is_credit_note", 
    
    cast(False as boolean)
 as "is_posted", 
    
    cast('2026-01-22' as date)
 as "invoice_date", cast(null as date) as "due_date", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
),  __dbt__cte__stg_billing__fx_rates as (

-- Fixture for stg_billing__fx_rates
select cast(null as date) as "rate_month", cast(null as text) as "currency", cast(null as numeric(18,10)) as "eur_per_unit", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
    limit 0
),  __dbt__cte__int_accounts_historized as (

-- Fixture for int_accounts_historized
select 
    
    cast('001A0000006Vm9rIAC' as text)
 as "account_id", cast(null as text) as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", 
    
    cast('SMB' as text)
 as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
),  __dbt__cte__int_users_historized as (

-- Fixture for int_users_historized
select cast(null as text) as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", cast(null as text) as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", cast(null as timestamp without time zone) as "valid_from", cast(null as timestamp without time zone) as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
    limit 0
), invoices as (
    select * from __dbt__cte__stg_billing__invoices
    
),

fx_rates as (
    select * from __dbt__cte__stg_billing__fx_rates
),

accounts as (
    select * from __dbt__cte__int_accounts_historized
),

users as (
    select * from __dbt__cte__int_users_historized
),

signed as (
    select
        *,
        cast(date_trunc('month', invoice_date) as date) as invoice_month,
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
            when 'EUR' = 'EUR' then 1 else reporting_rates.eur_per_unit
        end as reporting_eur_per_unit
    from signed
    left join fx_rates as document_rates
        on
            signed.currency = document_rates.currency
            and signed.invoice_month = document_rates.rate_month
    left join fx_rates as reporting_rates
        on
            reporting_rates.currency = 'EUR'
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
        'EUR' as reporting_currency,
        -- Exact decimal product, one division (in double), rounded to the cent.
        cast(
            cast(rated.signed_net_amount as decimal(38, 2)) * rated.document_eur_per_unit
            / rated.reporting_eur_per_unit
            as decimal(18, 2)
        ) as net_amount_reporting,
        rated.is_credit_note,
        rated.is_posted
    from rated
    left join accounts
        on
            rated.account_id = accounts.account_id
            and rated.invoiced_at >= accounts.valid_from and rated.invoiced_at < accounts.valid_to
    left join users
        on
            accounts.account_manager_id = users.user_id
            and rated.invoiced_at >= users.valid_from and rated.invoiced_at < users.valid_to
)

select * from final