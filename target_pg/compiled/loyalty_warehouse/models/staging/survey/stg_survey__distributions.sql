with

source as (
    select * from "warehouse"."raw"."survey_distributions"
),

renamed as (
    select
        ---------- ids
        trim("DistributionId") as distribution_id,
        trim("SurveyId") as survey_id,
        -- As delivered: part of the key, so kept even when it is not a valid Salesforce Id.
        trim("ContactExternalReference") as contact_external_reference,
        case
        when length(trim("ContactExternalReference")) in (15, 18)
            then substr(trim("ContactExternalReference"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("ContactExternalReference"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("ContactExternalReference"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("ContactExternalReference"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("ContactExternalReference"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as contact_id,
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
    select distinct on (distribution_id, contact_external_reference) *
    from renamed
    order by distribution_id, contact_external_reference, _drop_date desc, _row_number desc
)

select * from final