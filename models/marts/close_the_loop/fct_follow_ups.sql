-- Close the loop (SPEC §3): every detractor answer of a known contact, the task that followed
-- it up, and whether the contact answered better the next time.
{%- set follow_up_hours = var('follow_up_hours') %}

with

responses as (
    select * from {{ ref('int_survey_responses_attributed') }}
    where is_counting and nps_score is not null
),

contacts as (
    select * from {{ ref('int_contacts_historized') }}
),

-- Current, non-deleted tasks: a deleted task follows nothing up (its history stays in staging).
tasks as (
    select
        task_id,
        who_id,
        what_id,
        created_at
    from {{ ref('stg_crm__tasks') }}
    where is_current and not is_deleted and created_at is not null
),

-- Statuses are judged at 00:00 UTC of the latest complete crm drop: the CRM's tasks are known
-- up to that day, not beyond. A company that exports no Task.csv (SPEC §2.1: optional) has no
-- close-the-loop figures rather than every detractor overdue.
crm_loads as (
    select
        cast(max(drop_date) as {{ dbt.type_timestamp() }}) as status_as_of,
        sum(case when raw_table = 'crm_tasks' then 1 else 0 end) > 0 as exports_tasks
    from {{ ref('stg_loader__loads') }}
    where system = 'crm'
),

-- The contact's next answer with a score, in any survey.
answers as (
    select
        response_id,
        contact_id,
        customer_id,
        account_manager_id,
        department,
        recorded_at,
        nps_score,
        lead(nps_score) over (
            partition by contact_id order by recorded_at, response_id
        ) as next_nps_score
    from responses
    where contact_id is not null
),

-- A trigger: a detractor answer (0-6) of a known contact; anonymous answers cannot be followed
-- up. The account is the contact's as of the answer, even when the account record is unknown.
triggers as (
    select
        answers.*,
        contacts.account_id as contact_account_id
    from answers
    left join contacts
        on
            answers.contact_id = contacts.contact_id
            and {{ valid_at('contacts', 'answers.recorded_at') }}
    where answers.nps_score <= 6
),

-- A task on the contact or on its account, created at or after the answer. Ids are 18
-- characters from staging on, so equal Ids agree on their first 15 characters.
candidates as (
    select
        triggers.response_id,
        tasks.task_id,
        tasks.created_at
    from triggers
    inner join tasks
        on
            triggers.contact_id = tasks.who_id
            and triggers.recorded_at <= tasks.created_at
    union all
    select
        triggers.response_id,
        tasks.task_id,
        tasks.created_at
    from triggers
    inner join tasks
        on
            triggers.contact_account_id = tasks.what_id
            and triggers.recorded_at <= tasks.created_at
),

first_follow_up as (
    select
        response_id,
        task_id,
        created_at
    from (
        select
            *,
            row_number() over (
                partition by response_id order by created_at, task_id
            ) as follow_up_rank
        from candidates
    ) as ranked
    where follow_up_rank = 1
),

timed as (
    select
        triggers.response_id,
        triggers.customer_id,
        triggers.contact_id,
        triggers.account_manager_id,
        triggers.department,
        triggers.recorded_at,
        {{ dbt.dateadd('hour', follow_up_hours, 'triggers.recorded_at') }} as due_at,
        first_follow_up.task_id as follow_up_task_id,
        first_follow_up.created_at as followed_up_at,
        triggers.nps_score,
        triggers.next_nps_score,
        crm_loads.status_as_of
    from triggers
    inner join crm_loads on crm_loads.exports_tasks
    left join first_follow_up on triggers.response_id = first_follow_up.response_id
),

final as (
    select
        response_id,
        customer_id,
        contact_id,
        account_manager_id,
        department,
        recorded_at,
        due_at,
        follow_up_task_id,
        followed_up_at,
        {% call round_to_decimal(9, 2) %}
            (
                {{ dbt.datediff('recorded_at', 'followed_up_at', 'second') }}
                / {{ as_double(3600) }}
            )
        {% endcall %} as hours_to_follow_up,
        case
            when followed_up_at <= due_at then 'on time'
            when followed_up_at is not null then 'late'
            when due_at < status_as_of then 'overdue'
            else 'open'
        end as follow_up_status,
        cast(nps_score as integer) as nps_score,
        cast(next_nps_score as integer) as next_nps_score,
        next_nps_score >= 7 as recovered,
        status_as_of
    from timed
)

select * from final
