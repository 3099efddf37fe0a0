with

source as (
    select * from {{ source('raw', 'survey_distributions') }}
),

renamed as (
    select
        ---------- ids
        trim("DistributionId") as distribution_id,
        trim("SurveyId") as survey_id,
        -- As delivered: part of the key, so kept even when it is not a valid Salesforce Id.
        trim("ContactExternalReference") as contact_external_reference,
        {{ normalize_sf_id('"ContactExternalReference"') }} as contact_id,
        nullif(trim("ResponseId"), '') as response_id,

        ---------- strings
        nullif(lower(trim("Email")), '') as email,
        trim("Status") as status,

        ---------- numerics
        "RemindersSent" as reminders_sent,

        ---------- booleans
        trim("Status") = 'Survey Finished' as is_finished,
        trim("Status") in ('Email Hard Bounce', 'Email Failed') as is_bounced,

        ---------- timestamps (UTC)
        "SentDate" as sent_at,
        "OpenedDate" as opened_at,
        "ResponseStartedDate" as response_started_at,
        "ResponseCompletedDate" as response_completed_at,

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
