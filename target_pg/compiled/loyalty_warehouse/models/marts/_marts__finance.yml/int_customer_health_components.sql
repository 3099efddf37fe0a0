
-- Fixture for int_customer_health_components
select 
    
    cast('C1' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('promoter' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C2' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C3' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('detractor' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"
union all
select 
    
    cast('C5' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", cast(null as bigint) as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", cast(null as bigint) as "contacts", cast(null as numeric(18,2)) as "revenue", cast(null as numeric(18,2)) as "revenue_t12m", cast(null as numeric(18,2)) as "revenue_t12m_year_before", cast(null as boolean) as "is_active", cast(null as bigint) as "respondents", cast(null as bigint) as "nps_respondents", cast(null as numeric) as "account_nps", 
    
    cast('passive' as text)
 as "loyalty_category", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation", cast(null as bigint) as "complaints_90d", cast(null as bigint) as "open_complaints", cast(null as numeric) as "revenue_trend", cast(null as numeric) as "coverage", cast(null as numeric) as "loyalty_score", cast(null as numeric) as "satisfaction_score", cast(null as double precision) as "complaints_score", cast(null as double precision) as "revenue_trend_score", cast(null as double precision) as "coverage_score"