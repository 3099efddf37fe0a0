with

responses as (
    select * from {{ ref('int_survey_responses_attributed') }}
),

sentiment as (
    select * from {{ ref('int_comment_sentiment') }}
),

keywords as (
    select * from {{ ref('comment_themes') }}
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
        {{ spaced_words('responses.comment') }} as comment_words
    from responses
    inner join sentiment
        on responses.response_id = sentiment.response_id
),

keywords_normalized as (
    select
        theme,
        language,
        keyword,
        {{ spaced_words('keyword') }} as keyword_start
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
        {{ string_agg_ordered('keyword', ', ', 'keyword') }} as matched_keywords
    from matches
    group by response_id, theme
)

select * from final
