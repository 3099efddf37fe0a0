
    select *
    from "warehouse"."intermediate"."int_health_score_parameters"
    where not (weight_loyalty >= 0 and weight_satisfaction >= 0 and weight_complaints >= 0 and weight_revenue_trend >= 0 and weight_coverage >= 0 and revenue_trend_floor < revenue_trend_ceiling and coverage_target > 0 and red_max < yellow_max)
