
-- Fixture for int_survey_responses_attributed
select 
    
    cast('r0' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-31 23:59:59' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(0 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r6' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-01 00:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(6 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r7' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(7 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r8' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(8 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r9' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(9 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r10' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(10 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r_none' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", 
    
    cast(null as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('r_preview' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-15 12:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(False as boolean)
 as "is_counting", 
    
    cast(9 as integer)
 as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"