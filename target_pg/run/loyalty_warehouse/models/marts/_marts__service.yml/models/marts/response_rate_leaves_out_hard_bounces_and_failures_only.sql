
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "survey_id","month","invited","bounced","finished","response_rate","reachable","sent","opened","started","partially_finished","soft_bounced","hard_bounced","failed","opted_out", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__stg_survey__distributions as (

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
), -- Latest drop per invitation; Status is its final state. An invitation without a SentDate has
-- no month of sending and is left out.
invitations as (
    select
        survey_id,
        cast(date_trunc('month', sent_at) as date) as month,
        status,
        is_finished,
        is_bounced
    from __dbt__cte__stg_survey__distributions
    where sent_at is not null
),

counted as (
    select
        survey_id,
        month,
        count(*) as invited,
        sum(case when is_bounced then 1 else 0 end) as bounced,
        sum(case when is_finished then 1 else 0 end) as finished,
        sum(case when status = 'Email Sent' then 1 else 0 end) as sent,
        sum(case when status = 'Email Opened' then 1 else 0 end) as opened,
        sum(case when status = 'Survey Started' then 1 else 0 end) as started,
        sum(case when status = 'Survey Partially Finished' then 1 else 0 end) as partially_finished,
        sum(case when status = 'Email Soft Bounce' then 1 else 0 end) as soft_bounced,
        sum(case when status = 'Email Hard Bounce' then 1 else 0 end) as hard_bounced,
        sum(case when status = 'Email Failed' then 1 else 0 end) as failed,
        sum(case when status = 'Opted Out' then 1 else 0 end) as opted_out
    from invitations
    group by survey_id, month
),

-- Hard bounces and failures never reached the invitee: they leave the denominator. Soft
-- bounces and opt-outs were reachable and stay in it (SPEC §3).
final as (
    select
        survey_id,
        month,
        cast(invited as bigint) as invited,
        cast(bounced as bigint) as bounced,
        cast(finished as bigint) as finished,
        cast(round(cast(1.0 * finished / nullif(invited - bounced, 0) as decimal(38, 10)), 4) as decimal(9, 4))
            as response_rate,
        cast(invited - bounced as bigint) as reachable,
        cast(sent as bigint) as sent,
        cast(opened as bigint) as opened,
        cast(started as bigint) as started,
        cast(partially_finished as bigint) as partially_finished,
        cast(soft_bounced as bigint) as soft_bounced,
        cast(hard_bounced as bigint) as hard_bounced,
        cast(failed as bigint) as failed,
        cast(opted_out as bigint) as opted_out
    from counted
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "survey_id", "month", "invited", "bounced", "finished", "response_rate", "reachable", "sent", "opened", "started", "partially_finished", "soft_bounced", "hard_bounced", "failed", "opted_out", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('S1' as text)
 as "survey_id", 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('11' as bigint)
 as "invited", 
    
    cast('2' as bigint)
 as "bounced", 
    
    cast('3' as bigint)
 as "finished", 
    
    cast('0.3333' as numeric(9,4))
 as "response_rate", 
    
    cast('9' as bigint)
 as "reachable", 
    
    cast('1' as bigint)
 as "sent", 
    
    cast('1' as bigint)
 as "opened", 
    
    cast('1' as bigint)
 as "started", 
    
    cast('1' as bigint)
 as "partially_finished", 
    
    cast('1' as bigint)
 as "soft_bounced", 
    
    cast('1' as bigint)
 as "hard_bounced", 
    
    cast('1' as bigint)
 as "failed", 
    
    cast('1' as bigint)
 as "opted_out"
union all
select 
    
    cast('S1' as text)
 as "survey_id", 
    
    cast('2026-04-01' as date)
 as "month", 
    
    cast('2' as bigint)
 as "invited", 
    
    cast('2' as bigint)
 as "bounced", 
    
    cast('0' as bigint)
 as "finished", 
    
    cast(null as numeric(9,4))
 as "response_rate", 
    
    cast('0' as bigint)
 as "reachable", 
    
    cast('0' as bigint)
 as "sent", 
    
    cast('0' as bigint)
 as "opened", 
    
    cast('0' as bigint)
 as "started", 
    
    cast('0' as bigint)
 as "partially_finished", 
    
    cast('0' as bigint)
 as "soft_bounced", 
    
    cast('1' as bigint)
 as "hard_bounced", 
    
    cast('1' as bigint)
 as "failed", 
    
    cast('0' as bigint)
 as "opted_out"
union all
select 
    
    cast('S2' as text)
 as "survey_id", 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('1' as bigint)
 as "invited", 
    
    cast('0' as bigint)
 as "bounced", 
    
    cast('1' as bigint)
 as "finished", 
    
    cast('1.0000' as numeric(9,4))
 as "response_rate", 
    
    cast('1' as bigint)
 as "reachable", 
    
    cast('0' as bigint)
 as "sent", 
    
    cast('0' as bigint)
 as "opened", 
    
    cast('0' as bigint)
 as "started", 
    
    cast('0' as bigint)
 as "partially_finished", 
    
    cast('0' as bigint)
 as "soft_bounced", 
    
    cast('0' as bigint)
 as "hard_bounced", 
    
    cast('0' as bigint)
 as "failed", 
    
    cast('0' as bigint)
 as "opted_out"
union all
select 
    
    cast('S2' as text)
 as "survey_id", 
    
    cast('2026-04-01' as date)
 as "month", 
    
    cast('1' as bigint)
 as "invited", 
    
    cast('0' as bigint)
 as "bounced", 
    
    cast('0' as bigint)
 as "finished", 
    
    cast('0.0000' as numeric(9,4))
 as "response_rate", 
    
    cast('1' as bigint)
 as "reachable", 
    
    cast('1' as bigint)
 as "sent", 
    
    cast('0' as bigint)
 as "opened", 
    
    cast('0' as bigint)
 as "started", 
    
    cast('0' as bigint)
 as "partially_finished", 
    
    cast('0' as bigint)
 as "soft_bounced", 
    
    cast('0' as bigint)
 as "hard_bounced", 
    
    cast('0' as bigint)
 as "failed", 
    
    cast('0' as bigint)
 as "opted_out"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected