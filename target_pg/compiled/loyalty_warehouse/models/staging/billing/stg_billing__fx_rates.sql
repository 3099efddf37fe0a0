with

source as (
    select * from "warehouse"."raw"."billing_fx_rates"
),

renamed as (
    select
        ---------- ids
        "RateMonth" as rate_month,
        upper(trim("Currency")) as currency,

        ---------- numerics
        "EurPerUnit" as eur_per_unit,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- A corrected rate arrives in a later drop: the latest drop wins.
final as (
    select distinct on (rate_month, currency) *
    from renamed
    order by rate_month, currency, _drop_date desc, _row_number desc
)

select * from final