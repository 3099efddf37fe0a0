
-- Fixture for int_health_score_parameters
select 
    
    cast(0.35 as double precision)
 as "weight_loyalty", 
    
    cast(0.2 as double precision)
 as "weight_satisfaction", 
    
    cast(0.15 as double precision)
 as "weight_complaints", 
    
    cast(0.2 as double precision)
 as "weight_revenue_trend", 
    
    cast(0.1 as double precision)
 as "weight_coverage", 
    
    cast(20 as double precision)
 as "complaint_penalty", 
    
    cast(15 as double precision)
 as "open_complaint_penalty", 
    
    cast(-0.3 as double precision)
 as "revenue_trend_floor", 
    
    cast(0.1 as double precision)
 as "revenue_trend_ceiling", 
    
    cast(0.5 as double precision)
 as "coverage_target", 
    
    cast(50 as double precision)
 as "red_max", 
    
    cast(75 as double precision)
 as "yellow_max"