
-- Fixture for stg_survey__responses
select 
    
    cast('r_id' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('C1' as text)
 as "external_contact_id", 
    
    cast('other@x.com' as text)
 as "recipient_email", cast(null as text) as "recipient_first_name", cast(null as text) as "recipient_last_name", cast(null as text) as "distribution_channel", cast(null as text) as "user_language", cast(null as text) as "comment", cast(null as bigint) as "status", cast(null as bigint) as "progress_percent", cast(null as bigint) as "duration_seconds", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as boolean) as "is_counting", cast(null as boolean) as "is_finished", 
    
    cast('2026-01-10 09:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as timestamp without time zone) as "started_at", cast(null as timestamp without time zone) as "ended_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('r_email' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast(null as text)
 as "external_contact_id", 
    
    cast('anna@x.com' as text)
 as "recipient_email", cast(null as text) as "recipient_first_name", cast(null as text) as "recipient_last_name", cast(null as text) as "distribution_channel", cast(null as text) as "user_language", cast(null as text) as "comment", cast(null as bigint) as "status", cast(null as bigint) as "progress_percent", cast(null as bigint) as "duration_seconds", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as boolean) as "is_counting", cast(null as boolean) as "is_finished", 
    
    cast('2026-03-01 09:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as timestamp without time zone) as "started_at", cast(null as timestamp without time zone) as "ended_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('r_none' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('C9' as text)
 as "external_contact_id", 
    
    cast('nobody@x.com' as text)
 as "recipient_email", cast(null as text) as "recipient_first_name", cast(null as text) as "recipient_last_name", cast(null as text) as "distribution_channel", cast(null as text) as "user_language", cast(null as text) as "comment", cast(null as bigint) as "status", cast(null as bigint) as "progress_percent", cast(null as bigint) as "duration_seconds", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", cast(null as boolean) as "is_counting", cast(null as boolean) as "is_finished", 
    
    cast('2026-03-01 09:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as timestamp without time zone) as "started_at", cast(null as timestamp without time zone) as "ended_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"