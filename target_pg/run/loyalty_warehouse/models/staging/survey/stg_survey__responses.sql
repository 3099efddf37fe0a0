
  create view "warehouse"."staging"."stg_survey__responses__dbt_tmp"
    
    
  as (
    with

source as (
    select * from "warehouse"."raw"."survey_responses"
),

-- One row per survey naming the question column of each measure: question columns differ
-- between surveys, so which one is the NPS question etc. is configuration (seed).
questions as (
    select
        survey_id,
        max(case when measure = 'nps' then question_column end) as nps_column,
        max(case when measure = 'nps_group' then question_column end) as nps_group_column,
        max(case when measure = 'comment' then question_column end) as comment_column,
        max(case when measure = 'csat' then question_column end) as csat_column,
        max(case when measure = 'ces' then question_column end) as ces_column,
        max(case when measure = 'appreciation' then question_column end) as appreciation_column
    from "warehouse"."seeds"."survey_questions"
    group by survey_id
),

statuses as (
    select
        status,
        is_counting
    from "warehouse"."seeds"."survey_response_statuses"
),

renamed as (
    select
        ---------- ids
        trim(source."ResponseId") as response_id,
        trim(source."SurveyId") as survey_id,
        -- The respondent's Salesforce Contact Id, when the invitation carried it.
        case
        when length(trim(source."ExternalReference")) in (15, 18)
            then substr(trim(source."ExternalReference"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ExternalReference"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ExternalReference"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim(source."ExternalReference"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim(source."ExternalReference"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as external_contact_id,

        ---------- strings
        nullif(lower(trim(source."RecipientEmail")), '') as recipient_email,
        nullif(trim(source."RecipientFirstName"), '') as recipient_first_name,
        nullif(trim(source."RecipientLastName"), '') as recipient_last_name,
        nullif(trim(source."DistributionChannel"), '') as distribution_channel,
        nullif(trim(source."UserLanguage"), '') as user_language,
        nullif(trim((source."Answers" ->> questions.comment_column)), '') as comment,

        ---------- numerics
        source."Status" as status,
        source."Progress" as progress_percent,
        source."Duration" as duration_seconds,
        -- The loader quarantined out-of-scale answers: each measure is NULL or in its scale.
        case when trim((source."Answers" ->> questions.nps_column)) ~ '^-?[0-9]+$' then cast(trim((source."Answers" ->> questions.nps_column)) as integer) end
            as nps_score,
        -- Qualtrics' own NPS group (1 detractor, 2 passive, 3 promoter): kept for comparison
        -- only, never used over nps_score.
        case when trim((source."Answers" ->> questions.nps_group_column)) ~ '^-?[0-9]+$' then cast(trim((source."Answers" ->> questions.nps_group_column)) as integer) end
            as qualtrics_nps_group,
        case when trim((source."Answers" ->> questions.csat_column)) ~ '^-?[0-9]+$' then cast(trim((source."Answers" ->> questions.csat_column)) as integer) end
            as csat_score,
        case when trim((source."Answers" ->> questions.ces_column)) ~ '^-?[0-9]+$' then cast(trim((source."Answers" ->> questions.ces_column)) as integer) end
            as ces_score,
        case when trim((source."Answers" ->> questions.appreciation_column)) ~ '^-?[0-9]+$' then cast(trim((source."Answers" ->> questions.appreciation_column)) as integer) end
            as appreciation_score,

        ---------- booleans
        -- Previews, tests and spam never count; an unknown status does not either.
        coalesce(statuses.is_counting, false) as is_counting,
        source."Finished" as is_finished,

        ---------- timestamps (UTC)
        source."RecordedDate" as recorded_at,
        source."StartDate" as started_at,
        source."EndDate" as ended_at,

        ---------- lineage
        source._drop_date,
        source._source_file,
        source._row_number
    from source
    left join questions
        on trim(source."SurveyId") = questions.survey_id
    left join statuses
        on source."Status" = statuses.status
),

-- The same response can arrive in several drops: the latest drop wins.
final as (
    select distinct on (response_id) *
    from renamed
    order by response_id, _drop_date desc, _row_number desc
)

select * from final
  );