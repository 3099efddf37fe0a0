with

deliveries as (
    select * from {{ ref('stg_billing__fx_rate_deliveries') }}
),

-- A corrected rate arrives in a later drop: the latest drop wins.
final as (
    {{ deduplicate('deliveries', 'rate_month, currency', '_drop_date desc, _row_number desc') }}
)

select * from final
