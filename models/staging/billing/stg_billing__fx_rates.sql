with

source as (
    select * from {{ source('raw', 'billing_fx_rates') }}
),

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
),

-- A corrected rate arrives in a later drop: the latest drop wins.
final as (
    {{ deduplicate('renamed', 'rate_month, currency', '_drop_date desc, _row_number desc') }}
)

select * from final
