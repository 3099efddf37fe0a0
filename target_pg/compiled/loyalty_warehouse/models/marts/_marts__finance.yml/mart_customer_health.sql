
-- Fixture for mart_customer_health
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('promoter' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('green' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('green' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('detractor' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('yellow' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C4' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('red' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C6' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('detractor' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('red' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C7' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('promoter' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('green' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"
union all
select 
    
    cast('C8' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_active", cast(null as numeric(9,2)) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as bigint) as "respondents", cast(null as bigint) as "contacts", cast(null as numeric(9,4)) as "coverage", cast(null as numeric(9,2)) as "csat", cast(null as numeric(9,2)) as "ces", cast(null as numeric(9,2)) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as numeric(18,4)) as "revenue_trend", cast(null as numeric(9,2)) as "loyalty_score", cast(null as numeric(9,2)) as "satisfaction_score", cast(null as numeric(9,2)) as "complaints_score", cast(null as numeric(9,2)) as "revenue_trend_score", cast(null as numeric(9,2)) as "coverage_score", cast(null as numeric(9,2)) as "health_score", 
    
    cast('green' as text)
 as "health_status", cast(null as text) as "weakest_component", cast(null as text) as "previous_health_status", cast(null as numeric(9,2)) as "health_score_change", cast(null as text) as "status_change"