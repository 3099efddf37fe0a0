
-- Fixture for int_survey_responses_attributed
select cast(null as text) as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-04-10 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select cast(null as text) as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-09-10 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(False as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as text) as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"