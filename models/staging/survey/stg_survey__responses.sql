with

source as (
    select * from {{ source('survey', 'survey_responses') }}
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
    from {{ ref('survey_questions') }}
    group by survey_id
),

statuses as (
    select
        status,
        is_counting
    from {{ ref('survey_response_statuses') }}
),

renamed as (
    select
        ---------- ids
        trim(source.{{ adapter.quote('ResponseId') }}) as response_id,
        trim(source.{{ adapter.quote('SurveyId') }}) as survey_id,
        -- The respondent's Salesforce Contact Id, when the invitation carried it.
        {{ normalize_sf_id('source.' ~ adapter.quote('ExternalReference')) }} as external_contact_id,

        ---------- strings
        nullif(lower(trim(source.{{ adapter.quote('RecipientEmail') }})), '') as recipient_email,
        nullif(trim(source.{{ adapter.quote('RecipientFirstName') }}), '') as recipient_first_name,
        nullif(trim(source.{{ adapter.quote('RecipientLastName') }}), '') as recipient_last_name,
        nullif(trim(source.{{ adapter.quote('DistributionChannel') }}), '') as distribution_channel,
        nullif(trim(source.{{ adapter.quote('UserLanguage') }}), '') as user_language,
        nullif(
            trim({{ map_get('source.' ~ adapter.quote('Answers'), 'questions.comment_column') }}), ''
        ) as comment,

        ---------- numerics
        source.{{ adapter.quote('Status') }} as status,
        source.{{ adapter.quote('Progress') }} as progress_percent,
        source.{{ adapter.quote('Duration') }} as duration_seconds,
        -- The loader quarantined out-of-scale answers: each measure is NULL or in its scale.
        {{ try_cast_integer(map_get('source.' ~ adapter.quote('Answers'), 'questions.nps_column')) }}
            as nps_score,
        -- Qualtrics' own NPS group (1 detractor, 2 passive, 3 promoter): kept for comparison
        -- only, never used over nps_score.
        {{ try_cast_integer(map_get('source.' ~ adapter.quote('Answers'), 'questions.nps_group_column')) }}
            as qualtrics_nps_group,
        {{ try_cast_integer(map_get('source.' ~ adapter.quote('Answers'), 'questions.csat_column')) }}
            as csat_score,
        {{ try_cast_integer(map_get('source.' ~ adapter.quote('Answers'), 'questions.ces_column')) }}
            as ces_score,
        {{ try_cast_integer(map_get('source.' ~ adapter.quote('Answers'), 'questions.appreciation_column')) }}
            as appreciation_score,

        ---------- booleans
        -- Previews, tests and spam never count; an unknown status does not either.
        coalesce(statuses.is_counting, false) as is_counting,
        source.{{ adapter.quote('Finished') }} as is_finished,

        ---------- timestamps (UTC)
        source.{{ adapter.quote('RecordedDate') }} as recorded_at,
        source.{{ adapter.quote('StartDate') }} as started_at,
        source.{{ adapter.quote('EndDate') }} as ended_at,

        ---------- lineage
        source._drop_date,
        source._source_file,
        source._row_number
    from source
    left join questions
        on trim(source.{{ adapter.quote('SurveyId') }}) = questions.survey_id
    left join statuses
        on source.{{ adapter.quote('Status') }} = statuses.status
),

-- The same response can arrive in several drops: the latest drop wins.
final as (
    {{ deduplicate('renamed', 'response_id', '_drop_date desc, _row_number desc') }}
)

select * from final
