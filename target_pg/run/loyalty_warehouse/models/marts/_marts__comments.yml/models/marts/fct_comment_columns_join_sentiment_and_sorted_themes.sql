
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "response_id","comment_sentiment","comment_sentiment_label","comment_language","comment_themes", 'actual' as "actual_or_expected"
  from (
    
-- Incremental (macros/incremental.sql): each run rebuilds the response_ids changed_responses() lists.

with

 __dbt__cte__int_survey_responses_attributed as (

-- Fixture for int_survey_responses_attributed
select 
    
    cast('a' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-02 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Slow delivery, high price, poor support' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('b' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-02 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Fine.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('c' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-02 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(True as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast(null as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('x' as text)
 as "response_id", cast(null as text) as "survey_id", 
    
    cast('2026-03-02 10:00:00' as timestamp without time zone)
 as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", 
    
    cast(False as boolean)
 as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Test' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
),  __dbt__cte__int_comment_sentiment as (

-- Fixture for int_comment_sentiment
select 
    
    cast('a' as text)
 as "response_id", 
    
    cast(-0.5 as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('b' as text)
 as "response_id", 
    
    cast(0.2023 as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('x' as text)
 as "response_id", 
    
    cast(0.0 as double precision)
 as "comment_sentiment", 
    
    cast('neutral' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
),  __dbt__cte__int_comment_themes as (

-- Fixture for int_comment_themes
select 
    
    cast('a' as text)
 as "response_id", 
    
    cast('support' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('a' as text)
 as "response_id", 
    
    cast('price' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('a' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('x' as text)
 as "response_id", 
    
    cast('quality' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
), responses as (
    select * from __dbt__cte__int_survey_responses_attributed
    where
        is_counting
    
),

sentiment as (
    select * from __dbt__cte__int_comment_sentiment
),

comment_themes as (
    select * from __dbt__cte__int_comment_themes
),

-- One string per response, themes sorted, so that "delivery, price" reads the same everywhere.
themes_per_response as (
    select
        response_id,
        
    string_agg(
        theme,
        ', '
        order by theme
        ) as comment_themes
    from comment_themes
    group by response_id
),

final as (
    select
        responses.response_id,
        responses.survey_id,
        responses.recorded_at,
        cast(date_trunc('month', responses.recorded_at) as date) as response_month,
        responses.contact_id,
        responses.customer_id,
        responses.segment,
        responses.account_manager_id,
        responses.department,
        responses.nps_score,
        case
        when responses.nps_score >= 9 then 'promoter'
        when responses.nps_score >= 7 then 'passive'
        when responses.nps_score >= 0 then 'detractor'
    end as nps_category,
        responses.csat_score,
        responses.ces_score,
        responses.appreciation_score,
        responses.comment,
        sentiment.comment_sentiment,
        sentiment.comment_sentiment_label,
        sentiment.sentiment_language as comment_language,
        themes_per_response.comment_themes,
        responses.contact_match
    from responses
    left join sentiment
        on responses.response_id = sentiment.response_id
    left join themes_per_response
        on responses.response_id = themes_per_response.response_id
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "response_id", "comment_sentiment", "comment_sentiment_label", "comment_language", "comment_themes", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('a' as text)
 as "response_id", 
    
    cast(-0.5 as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "comment_language", 
    
    cast('delivery, price, support' as text)
 as "comment_themes"
union all
select 
    
    cast('b' as text)
 as "response_id", 
    
    cast(0.2023 as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "comment_language", 
    
    cast(null as text)
 as "comment_themes"
union all
select 
    
    cast('c' as text)
 as "response_id", 
    
    cast(null as double precision)
 as "comment_sentiment", 
    
    cast(null as text)
 as "comment_sentiment_label", 
    
    cast(null as text)
 as "comment_language", 
    
    cast(null as text)
 as "comment_themes"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected