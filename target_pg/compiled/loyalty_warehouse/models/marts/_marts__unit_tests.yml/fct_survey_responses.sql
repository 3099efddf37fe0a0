
-- Fixture for fct_survey_responses
select 
    
    cast('j1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('j2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-01-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('m1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('m2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as integer) as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"