
-- Fixture for fct_survey_responses
select 
    
    cast('r1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('2' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.6' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('4' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.4' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('6' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.0' as double precision)
 as "comment_sentiment", 
    
    cast('neutral' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r4' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('7' as integer)
 as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.2' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r5' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('9' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.5' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r6' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.8' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r7' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.6' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r8' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('9' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.3' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r9' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('8' as integer)
 as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.1' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r11' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast(null as integer)
 as "nps_score", 
    
    cast(null as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.5' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r12' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('0' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast(null as text)
 as "comment", 
    
    cast(null as double precision)
 as "comment_sentiment", 
    
    cast(null as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r20' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-04-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.9' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r21' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-04-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('0' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.9' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"