with

 __dbt__cte__int_survey_responses_attributed as (

-- Fixture for int_survey_responses_attributed
select 
    
    cast('e1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('(Deliveries were LATE) and the invoice was wrong.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('e2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Our account
manager never calls; prices are fine' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('e3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Undelivered, reinvoiced, in pristine condition' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Leveringen var forsinket, og fakturaen var forkert.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('En god oplevelse – vi føler os VÆRDSAT.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Prisen er for høj, men leverancen er fin' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('none' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast(null as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
),  __dbt__cte__int_comment_sentiment as (

-- Fixture for int_comment_sentiment
select 
    
    cast('e1' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('e2' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('e3' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('d1' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"
union all
select 
    
    cast('d2' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"
union all
select 
    
    cast('d3' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"
),  __dbt__cte__comment_themes as (

-- Fixture for comment_themes
select 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('deliver' as character varying)
 as "keyword"
union all
select 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('lever' as character varying)
 as "keyword"
union all
select 
    
    cast('invoicing' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('invoic' as character varying)
 as "keyword"
union all
select 
    
    cast('invoicing' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('faktur' as character varying)
 as "keyword"
union all
select 
    
    cast('price' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('price' as character varying)
 as "keyword"
union all
select 
    
    cast('price' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('pris' as character varying)
 as "keyword"
union all
select 
    
    cast('account_manager' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('account manager' as character varying)
 as "keyword"
union all
select 
    
    cast('appreciation' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('værdsat' as character varying)
 as "keyword"
), responses as (
    select * from __dbt__cte__int_survey_responses_attributed
),

sentiment as (
    select * from __dbt__cte__int_comment_sentiment
),

keywords as (
    select * from __dbt__cte__comment_themes
),

-- Every non-blank comment in the language it was scored in, lower-cased (Unicode-aware: Æ -> æ),
-- each run of characters that are not letters or digits in any script (\pL, \pN) made one
-- space, with a space in front (macro spaced_words). A keyword, treated alike, then starts a
-- word exactly where it occurs in the text: "leveringen" and "fakturaen" begin with lever and faktur,
-- "oplevelse" merely contains lever; "account manager" also matches across a line break and
-- "self-service" matches "self service". (`\b` is ASCII-only in RE2, and a pattern built per
-- keyword would be compiled once per comment × keyword: a plain substring search is fast.)
comments as (
    select
        responses.response_id,
        sentiment.sentiment_language as comment_language,
        ' ' || trim(regexp_replace(lower(responses.comment), '[^[:alnum:]]+', ' ', 'g')) as comment_words
    from responses
    inner join sentiment
        on responses.response_id = sentiment.response_id
),

keywords_normalized as (
    select
        theme,
        language,
        keyword,
        ' ' || trim(regexp_replace(lower(keyword), '[^[:alnum:]]+', ' ', 'g')) as keyword_start
    from keywords
),

-- Only keywords of the comment's own language are tried: Danish "pris" must not find "pristine".
matches as (
    select
        comments.response_id,
        keywords_normalized.theme,
        keywords_normalized.keyword
    from comments
    inner join keywords_normalized
        on
            comments.comment_language = keywords_normalized.language
            and position(keywords_normalized.keyword_start in comments.comment_words) > 0
),

final as (
    select
        response_id,
        theme,
        
    string_agg(
        keyword,
        ', '
        order by keyword
        ) as matched_keywords
    from matches
    group by response_id, theme
)

select * from final