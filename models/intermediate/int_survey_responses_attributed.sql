{{ config(**incremental_by('response_id', 'changed_responses()', log_rebuilt_customers=true)) }}
-- Incremental (macros/incremental.sql): each run rebuilds the response_ids changed_responses() lists.

with

responses as (
    select * from {{ ref('stg_survey__responses') }}
    {% if is_incremental() %}
        where response_id in (select * from {{ changed_keys() }})
    {% endif %}
),

contacts as (
    select * from {{ ref('int_contacts_historized') }}
),

accounts as (
    select * from {{ ref('int_accounts_historized') }}
),

users as (
    select * from {{ ref('int_users_historized') }}
),

contact_roles as (
    select * from {{ ref('int_contact_titles_classified') }}
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
            and {{ valid_at('contacts', 'responses.recorded_at') }}
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
        matched.distribution_channel,
        -- The respondent's role from its title as of the response; anonymous: unknown.
        coalesce(contact_roles.respondent_role, 'unknown') as respondent_role
    from matched
    left join contacts
        on
            matched.contact_id = contacts.contact_id
            and {{ valid_at('contacts', 'matched.recorded_at') }}
    left join accounts
        on
            contacts.account_id = accounts.account_id
            and {{ valid_at('accounts', 'matched.recorded_at') }}
    left join users
        on
            accounts.account_manager_id = users.user_id
            and {{ valid_at('users', 'matched.recorded_at') }}
    left join contact_roles
        on
            coalesce(contacts.title, '') = contact_roles.title_key
            and coalesce(contacts.department, '') = contact_roles.department_key
)

select * from final
