with

source as (
    select * from {{ source('survey', 'survey_distributions') }}
),

renamed as (
    select
        ---------- ids
        trim({{ adapter.quote('DistributionId') }}) as distribution_id,
        trim({{ adapter.quote('SurveyId') }}) as survey_id,
        -- As delivered: part of the key, so kept even when it is not a valid Salesforce Id.
        trim({{ adapter.quote('ContactExternalReference') }}) as contact_external_reference,
        {{ normalize_sf_id(adapter.quote('ContactExternalReference')) }} as contact_id,
        nullif(trim({{ adapter.quote('ResponseId') }}), '') as response_id,

        ---------- strings
        nullif(lower(trim({{ adapter.quote('Email') }})), '') as email,
        trim({{ adapter.quote('Status') }}) as status,

        ---------- numerics
        {{ adapter.quote('RemindersSent') }} as reminders_sent,

        ---------- booleans
        trim({{ adapter.quote('Status') }}) = 'Survey Finished' as is_finished,
        trim({{ adapter.quote('Status') }}) in ('Email Hard Bounce', 'Email Failed') as is_bounced,

        ---------- timestamps (UTC)
        {{ adapter.quote('SentDate') }} as sent_at,
        {{ adapter.quote('OpenedDate') }} as opened_at,
        {{ adapter.quote('ResponseStartedDate') }} as response_started_at,
        {{ adapter.quote('ResponseCompletedDate') }} as response_completed_at,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- An invitation reappears with a newer status in a later drop: the latest drop wins.
final as (
    {{ deduplicate(
        'renamed',
        'distribution_id, contact_external_reference',
        '_drop_date desc, _row_number desc',
    ) }}
)

select * from final
