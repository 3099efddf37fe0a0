
    
    

with all_values as (

    select
        parameter as value_field,
        count(*) as n_records

    from "warehouse"."seeds"."health_score_parameters"
    group by parameter

)

select *
from all_values
where value_field not in (
    'weight_loyalty','weight_satisfaction','weight_complaints','weight_revenue_trend','weight_coverage','complaint_penalty','open_complaint_penalty','revenue_trend_floor','revenue_trend_ceiling','coverage_target','red_max','yellow_max'
)


