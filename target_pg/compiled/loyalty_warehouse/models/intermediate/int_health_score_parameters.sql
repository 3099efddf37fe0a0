with

parameters as (
    select
        parameter,
        parameter_value as parameter_value
    from "warehouse"."seeds"."health_score_parameters"
),

-- One row, one column per parameter.
final as (
    select
        max(case when parameter = 'weight_loyalty' then parameter_value end) as weight_loyalty,
        max(case when parameter = 'weight_satisfaction' then parameter_value end)
            as weight_satisfaction,
        max(case when parameter = 'weight_complaints' then parameter_value end)
            as weight_complaints,
        max(case when parameter = 'weight_revenue_trend' then parameter_value end)
            as weight_revenue_trend,
        max(case when parameter = 'weight_coverage' then parameter_value end) as weight_coverage,
        max(case when parameter = 'complaint_penalty' then parameter_value end)
            as complaint_penalty,
        max(case when parameter = 'open_complaint_penalty' then parameter_value end)
            as open_complaint_penalty,
        max(case when parameter = 'revenue_trend_floor' then parameter_value end)
            as revenue_trend_floor,
        max(case when parameter = 'revenue_trend_ceiling' then parameter_value end)
            as revenue_trend_ceiling,
        max(case when parameter = 'coverage_target' then parameter_value end) as coverage_target,
        max(case when parameter = 'red_max' then parameter_value end) as red_max,
        max(case when parameter = 'yellow_max' then parameter_value end) as yellow_max
    from parameters
)

select * from final