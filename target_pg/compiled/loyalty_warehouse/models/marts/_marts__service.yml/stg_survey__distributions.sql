
-- Fixture for stg_survey__distributions
select 
    
    cast('d01' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Finished' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('true' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d02' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Finished' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('true' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d03' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Finished' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('true' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d04' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Partially Finished' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d05' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Started' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d06' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Opened' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d07' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Sent' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d08' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Soft Bounce' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d09' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Opted Out' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d10' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Hard Bounce' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('true' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d11' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Failed' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('true' as boolean)
 as "is_bounced", 
    
    cast('2026-03-02 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d12' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Failed' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('true' as boolean)
 as "is_bounced", 
    
    cast(null as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d13' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Hard Bounce' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('true' as boolean)
 as "is_bounced", 
    
    cast('2026-04-06 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d14' as text)
 as "distribution_id", 
    
    cast('S1' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Failed' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('true' as boolean)
 as "is_bounced", 
    
    cast('2026-04-06 07:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d15' as text)
 as "distribution_id", 
    
    cast('S2' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Survey Finished' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('true' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-03-31 23:30:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"
union all
select 
    
    cast('d16' as text)
 as "distribution_id", 
    
    cast('S2' as text)
 as "survey_id", cast(null as text) as "contact_external_reference", cast(null as text) as "contact_id", cast(null as text) as "response_id", cast(null as text) as "email", 
    
    cast('Email Sent' as text)
 as "status", cast(null as bigint) as "reminders_sent", 
    
    cast('false' as boolean)
 as "is_finished", 
    
    cast('false' as boolean)
 as "is_bounced", 
    
    cast('2026-04-01 00:00:00' as timestamp without time zone)
 as "sent_at", cast(null as timestamp without time zone) as "opened_at", cast(null as timestamp without time zone) as "response_started_at", cast(null as timestamp without time zone) as "response_completed_at", cast(null as date) as "_drop_date", cast(null as text) as "_source_file", cast(null as bigint) as "_row_number"