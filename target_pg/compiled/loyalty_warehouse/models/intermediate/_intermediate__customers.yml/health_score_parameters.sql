
-- Fixture for health_score_parameters
select 
    
    cast('weight_loyalty' as character varying)
 as "parameter", 
    
    cast(0.35 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('weight_satisfaction' as character varying)
 as "parameter", 
    
    cast(0.2 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('weight_complaints' as character varying)
 as "parameter", 
    
    cast(0.15 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('weight_revenue_trend' as character varying)
 as "parameter", 
    
    cast(0.2 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('weight_coverage' as character varying)
 as "parameter", 
    
    cast(0.1 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('complaint_penalty' as character varying)
 as "parameter", 
    
    cast(20 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('open_complaint_penalty' as character varying)
 as "parameter", 
    
    cast(15 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('revenue_trend_floor' as character varying)
 as "parameter", 
    
    cast(-0.3 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('revenue_trend_ceiling' as character varying)
 as "parameter", 
    
    cast(0.1 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('coverage_target' as character varying)
 as "parameter", 
    
    cast(0.5 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('red_max' as character varying)
 as "parameter", 
    
    cast(50 as double precision)
 as "parameter_value", cast(null as character varying) as "description"
union all
select 
    
    cast('yellow_max' as character varying)
 as "parameter", 
    
    cast(75 as double precision)
 as "parameter_value", cast(null as character varying) as "description"