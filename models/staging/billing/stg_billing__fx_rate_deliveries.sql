with

source as (
    select * from {{ source('billing', 'billing_fx_rates') }}
),

-- Every delivered rate, a correction beside the rate it corrects: stg_billing__fx_rates keeps
-- the latest, and the incremental hooks (macros/incremental.sql) compare the two.
renamed as (
    select
        ---------- ids
        {{ adapter.quote('RateMonth') }} as rate_month,
        upper(trim({{ adapter.quote('Currency') }})) as currency,

        ---------- numerics
        {{ adapter.quote('EurPerUnit') }} as eur_per_unit,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
)

select * from renamed
