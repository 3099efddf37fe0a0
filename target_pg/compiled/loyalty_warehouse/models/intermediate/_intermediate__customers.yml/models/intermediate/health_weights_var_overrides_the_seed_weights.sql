with

 __dbt__cte__health_score_parameters as (

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
), parameters as (
    select
        parameter,
        case parameter
            when 'weight_loyalty' then 0.5
            when 'weight_coverage' then 0
            else parameter_value
        end as parameter_value
    from __dbt__cte__health_score_parameters
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