with

-- Latest drop per invitation; Status is its final state. An invitation without a SentDate has
-- no month of sending and is left out.
invitations as (
    select
        survey_id,
        {{ month_start('sent_at') }} as month,
        status,
        is_finished,
        is_bounced
    from {{ ref('stg_survey__distributions') }}
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
        {% call round_to_decimal(9, 4) %}{{ as_double(1) }} * finished / nullif(invited - bounced, 0){% endcall %}
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
