-- The estimates come from Python (orchestration/drivers.py writes drivers.nps_driver_estimates);
-- here they are rounded, ranked and read out. A mart reads a source here because the fit is
-- the step between two dbt models: int_*_driver_inputs -> Python asset -> this mart.

with

estimates as (
    select * from {{ source('drivers', 'nps_driver_estimates') }}
),

ranked as (
    select
        estimates.*,
        row_number() over (
            partition by estimates.month, estimates.segment, estimates.outcome
            order by estimates.relative_weight desc, estimates.driver asc
        ) as importance_rank
    from estimates
),

rounded as (
    select
        cast(month as date) as month,
        segment,
        outcome,
        level,
        driver,
        cast(sample_size as bigint) as sample_size,
        {% call round_to_decimal(9, 4) %}r_squared{% endcall %} as r_squared,
        {% call round_to_decimal(9, 4) %}relative_weight{% endcall %} as relative_weight,
        {% call round_to_decimal(9, 4) %}relative_weight_ci_low{% endcall %} as relative_weight_ci_low,
        {% call round_to_decimal(9, 4) %}relative_weight_ci_high{% endcall %} as relative_weight_ci_high,
        -- The driver's part of what the model explains; the weights add up to R².
        {% call round_to_decimal(9, 4) %}
            case when r_squared > 0 then relative_weight / r_squared else 0 end
        {% endcall %} as share_of_r_squared,
        {% call round_to_decimal(9, 4) %}excess_over_noise{% endcall %} as excess_over_noise,
        {% call round_to_decimal(9, 4) %}excess_ci_low{% endcall %} as excess_ci_low,
        {% call round_to_decimal(9, 4) %}excess_ci_high{% endcall %} as excess_ci_high,
        case when correlation < 0 then 'lowers' else 'raises' end as direction,
        cast(importance_rank as bigint) as importance_rank,
        method
    from ranked
),

final as (
    select
        month,
        segment,
        outcome,
        level,
        driver,
        sample_size,
        r_squared,
        relative_weight,
        relative_weight_ci_low,
        relative_weight_ci_high,
        share_of_r_squared,
        excess_over_noise,
        excess_ci_low,
        excess_ci_high,
        -- Better than a random variable: the whole interval of the excess lies above zero, as
        -- published (an excess below 0.00005 reads 0.0000, and is not significant).
        excess_ci_low > 0 as is_significant,
        direction,
        importance_rank,
        method
    from rounded
)

select * from final
