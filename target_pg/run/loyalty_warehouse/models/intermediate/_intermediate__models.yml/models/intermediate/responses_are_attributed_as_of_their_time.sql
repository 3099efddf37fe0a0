
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "response_id","contact_id","contact_match","customer_id","segment","account_manager_id","department", 'actual' as "actual_or_expected"
  from (
    
-- Incremental (macros/incremental.sql): each run rebuilds the response_ids changed_responses() lists.

with

 __dbt__cte__stg_survey__responses as (

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
),  __dbt__cte__int_contacts_historized as (

-- Fixture for int_contacts_historized
select 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", 
    
    cast('anna@x.com' as text)
 as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('2026-02-01 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('B' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", 
    
    cast('anna@x.com' as text)
 as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-02-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
),  __dbt__cte__int_accounts_historized as (

-- Fixture for int_accounts_historized
select 
    
    cast('A' as text)
 as "account_id", 
    
    cast('U1' as text)
 as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('B' as text)
 as "account_id", 
    
    cast('U2' as text)
 as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", 
    
    cast('SMB' as text)
 as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
),  __dbt__cte__int_users_historized as (

-- Fixture for int_users_historized
select 
    
    cast('U1' as text)
 as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", 
    
    cast('Key Accounts Nordics' as text)
 as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('U2' as text)
 as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", 
    
    cast('SMB Desk' as text)
 as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
), responses as (
    select * from __dbt__cte__stg_survey__responses
    
),

contacts as (
    select * from __dbt__cte__int_contacts_historized
),

accounts as (
    select * from __dbt__cte__int_accounts_historized
),

users as (
    select * from __dbt__cte__int_users_historized
),

known_contacts as (
    select distinct contact_id from contacts
),

-- Fallback when the invitation carried no known Contact Id: the contact whose e-mail, as of
-- the response, is the recipient's. Should two contacts share it, a live one wins. Only the
-- responses that need it are matched (a few percent): matching all of them joins every
-- response to every version of its contact, which outgrew memory at 2M accounts.
email_matches as (
    select
        responses.response_id,
        contacts.contact_id,
        row_number() over (
            partition by responses.response_id
            order by contacts.is_deleted, contacts.contact_id
        ) as match_rank
    from responses
    left join known_contacts
        on responses.external_contact_id = known_contacts.contact_id
    inner join contacts
        on
            responses.recipient_email = contacts.email
            and responses.recorded_at >= contacts.valid_from and responses.recorded_at < contacts.valid_to
    where known_contacts.contact_id is null
),

matched as (
    select
        responses.*,
        coalesce(known_contacts.contact_id, email_matches.contact_id) as contact_id,
        case
            when known_contacts.contact_id is not null then 'external_reference'
            when email_matches.contact_id is not null then 'email'
            else 'unmatched'
        end as contact_match
    from responses
    left join known_contacts
        on responses.external_contact_id = known_contacts.contact_id
    left join email_matches
        on
            responses.response_id = email_matches.response_id
            and email_matches.match_rank = 1
),

-- Contact -> account -> account manager -> department, each as of the response.
final as (
    select
        matched.response_id,
        matched.survey_id,
        matched.recorded_at,
        matched.contact_id,
        matched.contact_match,
        accounts.account_id as customer_id,
        coalesce(accounts.segment, 'Unknown') as segment,
        accounts.account_manager_id,
        users.department,
        matched.status,
        matched.is_counting,
        matched.nps_score,
        matched.qualtrics_nps_group,
        matched.csat_score,
        matched.ces_score,
        matched.appreciation_score,
        matched.comment,
        matched.user_language,
        matched.distribution_channel
    from matched
    left join contacts
        on
            matched.contact_id = contacts.contact_id
            and matched.recorded_at >= contacts.valid_from and matched.recorded_at < contacts.valid_to
    left join accounts
        on
            contacts.account_id = accounts.account_id
            and matched.recorded_at >= accounts.valid_from and matched.recorded_at < accounts.valid_to
    left join users
        on
            accounts.account_manager_id = users.user_id
            and matched.recorded_at >= users.valid_from and matched.recorded_at < users.valid_to
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "response_id", "contact_id", "contact_match", "customer_id", "segment", "account_manager_id", "department", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('r_id' as text)
 as "response_id", 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('external_reference' as text)
 as "contact_match", 
    
    cast('A' as text)
 as "customer_id", 
    
    cast('Enterprise' as text)
 as "segment", 
    
    cast('U1' as text)
 as "account_manager_id", 
    
    cast('Key Accounts Nordics' as text)
 as "department"
union all
select 
    
    cast('r_email' as text)
 as "response_id", 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('email' as text)
 as "contact_match", 
    
    cast('B' as text)
 as "customer_id", 
    
    cast('SMB' as text)
 as "segment", 
    
    cast('U2' as text)
 as "account_manager_id", 
    
    cast('SMB Desk' as text)
 as "department"
union all
select 
    
    cast('r_none' as text)
 as "response_id", 
    
    cast(null as text)
 as "contact_id", 
    
    cast('unmatched' as text)
 as "contact_match", 
    
    cast(null as text)
 as "customer_id", 
    
    cast('Unknown' as text)
 as "segment", 
    
    cast(null as text)
 as "account_manager_id", 
    
    cast(null as text)
 as "department"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected