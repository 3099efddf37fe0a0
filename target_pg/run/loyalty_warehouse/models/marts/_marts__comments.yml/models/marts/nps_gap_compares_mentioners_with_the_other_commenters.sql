
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "month","theme","mentions","comments","share_of_comments","mentions_with_nps","avg_nps","detractor_share","nps_mentioning","rest_with_nps","nps_rest","nps_gap","gap_is_significant","impact_rank","avg_sentiment","negative_share", 'actual' as "actual_or_expected"
  from (
    with

 __dbt__cte__fct_survey_responses as (

-- Fixture for fct_survey_responses
select 
    
    cast('r1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('2' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.6' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('4' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.4' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('6' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.0' as double precision)
 as "comment_sentiment", 
    
    cast('neutral' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r4' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('7' as integer)
 as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.2' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r5' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('9' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.5' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r6' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.8' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r7' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.6' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r8' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('9' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.3' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r9' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('8' as integer)
 as "nps_score", 
    
    cast('passive' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.1' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r11' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast(null as integer)
 as "nps_score", 
    
    cast(null as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.5' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r12' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-03-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('0' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast(null as text)
 as "comment", 
    
    cast(null as double precision)
 as "comment_sentiment", 
    
    cast(null as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r20' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-04-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('10' as integer)
 as "nps_score", 
    
    cast('promoter' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('0.9' as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
union all
select 
    
    cast('r21' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", 
    
    cast('2026-04-01' as date)
 as "response_month", cast(null as text) as "contact_id", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", 
    
    cast('0' as integer)
 as "nps_score", 
    
    cast('detractor' as text)
 as "nps_category", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('x' as text)
 as "comment", 
    
    cast('-0.9' as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", cast(null as text) as "comment_language", cast(null as text) as "comment_themes", cast(null as text) as "contact_match"
),  __dbt__cte__int_comment_themes as (

-- Fixture for int_comment_themes
select 
    
    cast('r1' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r1' as text)
 as "response_id", 
    
    cast('price' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r2' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r3' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r4' as text)
 as "response_id", 
    
    cast('price' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r5' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r6' as text)
 as "response_id", 
    
    cast('support' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r7' as text)
 as "response_id", 
    
    cast('support' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r11' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r11' as text)
 as "response_id", 
    
    cast('invoicing' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r20' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
), responses as (
    select * from __dbt__cte__fct_survey_responses
    where comment is not null
),

comment_themes as (
    select * from __dbt__cte__int_comment_themes
),

-- Every commented response once per theme its comment mentions.
mentions as (
    select
        responses.response_month,
        comment_themes.theme,
        responses.nps_score,
        responses.nps_category,
        responses.comment_sentiment,
        responses.comment_sentiment_label
    from responses
    inner join comment_themes
        on responses.response_id = comment_themes.response_id
),

months as (
    select
        response_month,
        count(*) as month_comments,
        count(nps_score) as nps_answers,
        sum(case when nps_category = 'promoter' then 1 else 0 end) as promoters,
        sum(case when nps_category = 'detractor' then 1 else 0 end) as detractors
    from responses
    group by response_month
),

by_theme as (
    select
        response_month,
        theme,
        count(*) as mentions,
        count(nps_score) as mentioning_answers,
        sum(case when nps_category = 'promoter' then 1 else 0 end) as mentioning_promoters,
        sum(case when nps_category = 'detractor' then 1 else 0 end) as mentioning_detractors,
        avg(1.0 * nps_score) as avg_nps,
        avg(comment_sentiment) as avg_sentiment,
        sum(case when comment_sentiment_label = 'negative' then 1 else 0 end) as negative_mentions
    from mentions
    group by response_month, theme
),

-- "The rest" of a theme: the month's other commented responses with an NPS answer, i.e. those
-- whose comment does not mention the theme. Comparing with other commenters, not with every
-- respondent, keeps the gap about the theme: detractors comment more often than promoters.
compared as (
    select
        by_theme.*,
        months.month_comments,
        months.nps_answers - by_theme.mentioning_answers as rest_answers,
        months.promoters - by_theme.mentioning_promoters as rest_promoters,
        months.detractors - by_theme.mentioning_detractors as rest_detractors
    from by_theme
    inner join months
        on by_theme.response_month = months.response_month
),

shares as (
    select
        *,
        1.0 * mentioning_promoters / nullif(mentioning_answers, 0) as p_mentioning,
        1.0 * mentioning_detractors / nullif(mentioning_answers, 0) as d_mentioning,
        1.0 * rest_promoters / nullif(rest_answers, 0) as p_rest,
        1.0 * rest_detractors / nullif(rest_answers, 0) as d_rest
    from compared
),

-- NPS and its standard error per group as in SPEC §3 (significant change): the gap between two
-- independent groups is significant when |gap| / sqrt(se₁² + se₂²) > 1.96.
scored as (
    select
        *,
        100 * (p_mentioning - d_mentioning) as nps_mentioning,
        100 * (p_rest - d_rest) as nps_rest,
        100 * (p_mentioning - d_mentioning) - 100 * (p_rest - d_rest) as nps_gap,
        100 * sqrt(
            (p_mentioning + d_mentioning - (p_mentioning - d_mentioning) * (p_mentioning - d_mentioning))
            / mentioning_answers
        ) as se_mentioning,
        100 * sqrt((p_rest + d_rest - (p_rest - d_rest) * (p_rest - d_rest)) / rest_answers) as se_rest
    from shares
),

ranked as (
    select
        *,
        -- 1 = the biggest grievance of the month: the most negative gap; more mentions first on
        -- a tie. Themes without a gap (no NPS answer on one side) are not ranked.
        case
            when nps_gap is not null
                then row_number() over (
                    partition by response_month, nps_gap is null
                    order by nps_gap asc, mentions desc, theme asc
                )
        end as impact_rank
    from scored
),

final as (
    select
        response_month as month,
        theme,
        cast(mentions as bigint) as mentions,
        cast(month_comments as bigint) as comments,  -- noqa: RF04
        cast(round(cast(100.0 * mentions / month_comments as decimal(38, 10)), 2) as decimal(9, 2)) as share_of_comments,
        cast(mentioning_answers as bigint) as mentions_with_nps,
        cast(round(cast(avg_nps as decimal(38, 10)), 2) as decimal(9, 2)) as avg_nps,
        cast(round(cast(100 * d_mentioning as decimal(38, 10)), 2) as decimal(9, 2)) as detractor_share,
        cast(round(cast(100 * p_mentioning as decimal(38, 10)), 2) as decimal(9, 2)) as promoter_share,
        cast(round(cast(nps_mentioning as decimal(38, 10)), 2) as decimal(9, 2)) as nps_mentioning,
        cast(rest_answers as bigint) as rest_with_nps,
        cast(round(cast(nps_rest as decimal(38, 10)), 2) as decimal(9, 2)) as nps_rest,
        cast(round(cast(nps_gap as decimal(38, 10)), 2) as decimal(9, 2)) as nps_gap,
        -- Two groups without sampling error (each unanimous): any gap counts as significant.
        case
            when nps_gap is null then null
            when se_mentioning = 0 and se_rest = 0 then nps_gap <> 0
            else abs(nps_gap) / sqrt(se_mentioning * se_mentioning + se_rest * se_rest) > 1.96
        end as gap_is_significant,
        cast(impact_rank as bigint) as impact_rank,
        cast(round(cast(avg_sentiment as decimal(38, 10)), 3) as decimal(9, 3)) as avg_sentiment,
        cast(round(cast(100.0 * negative_mentions / mentions as decimal(38, 10)), 2) as decimal(9, 2)) as negative_share
    from ranked
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "month", "theme", "mentions", "comments", "share_of_comments", "mentions_with_nps", "avg_nps", "detractor_share", "nps_mentioning", "rest_with_nps", "nps_rest", "nps_gap", "gap_is_significant", "impact_rank", "avg_sentiment", "negative_share", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('5' as bigint)
 as "mentions", 
    
    cast('10' as bigint)
 as "comments", 
    
    cast('50.00' as numeric(9,2))
 as "share_of_comments", 
    
    cast('4' as bigint)
 as "mentions_with_nps", 
    
    cast('5.25' as numeric(9,2))
 as "avg_nps", 
    
    cast('75.00' as numeric(9,2))
 as "detractor_share", 
    
    cast('-50.00' as numeric(9,2))
 as "nps_mentioning", 
    
    cast('5' as bigint)
 as "rest_with_nps", 
    
    cast('60.00' as numeric(9,2))
 as "nps_rest", 
    
    cast('-110.00' as numeric(9,2))
 as "nps_gap", 
    
    cast('true' as boolean)
 as "gap_is_significant", 
    
    cast('1' as bigint)
 as "impact_rank", 
    
    cast('-0.200' as numeric(9,3))
 as "avg_sentiment", 
    
    cast('60.00' as numeric(9,2))
 as "negative_share"
union all
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('price' as character varying)
 as "theme", 
    
    cast('2' as bigint)
 as "mentions", 
    
    cast('10' as bigint)
 as "comments", 
    
    cast('20.00' as numeric(9,2))
 as "share_of_comments", 
    
    cast('2' as bigint)
 as "mentions_with_nps", 
    
    cast('4.50' as numeric(9,2))
 as "avg_nps", 
    
    cast('50.00' as numeric(9,2))
 as "detractor_share", 
    
    cast('-50.00' as numeric(9,2))
 as "nps_mentioning", 
    
    cast('7' as bigint)
 as "rest_with_nps", 
    
    cast('28.57' as numeric(9,2))
 as "nps_rest", 
    
    cast('-78.57' as numeric(9,2))
 as "nps_gap", 
    
    cast('false' as boolean)
 as "gap_is_significant", 
    
    cast('2' as bigint)
 as "impact_rank", 
    
    cast('-0.200' as numeric(9,3))
 as "avg_sentiment", 
    
    cast('50.00' as numeric(9,2))
 as "negative_share"
union all
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('support' as character varying)
 as "theme", 
    
    cast('2' as bigint)
 as "mentions", 
    
    cast('10' as bigint)
 as "comments", 
    
    cast('20.00' as numeric(9,2))
 as "share_of_comments", 
    
    cast('2' as bigint)
 as "mentions_with_nps", 
    
    cast('10.00' as numeric(9,2))
 as "avg_nps", 
    
    cast('0.00' as numeric(9,2))
 as "detractor_share", 
    
    cast('100.00' as numeric(9,2))
 as "nps_mentioning", 
    
    cast('7' as bigint)
 as "rest_with_nps", 
    
    cast('-14.29' as numeric(9,2))
 as "nps_rest", 
    
    cast('114.29' as numeric(9,2))
 as "nps_gap", 
    
    cast('true' as boolean)
 as "gap_is_significant", 
    
    cast('3' as bigint)
 as "impact_rank", 
    
    cast('0.700' as numeric(9,3))
 as "avg_sentiment", 
    
    cast('0.00' as numeric(9,2))
 as "negative_share"
union all
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast('invoicing' as character varying)
 as "theme", 
    
    cast('1' as bigint)
 as "mentions", 
    
    cast('10' as bigint)
 as "comments", 
    
    cast('10.00' as numeric(9,2))
 as "share_of_comments", 
    
    cast('0' as bigint)
 as "mentions_with_nps", 
    
    cast(null as numeric(9,2))
 as "avg_nps", 
    
    cast(null as numeric(9,2))
 as "detractor_share", 
    
    cast(null as numeric(9,2))
 as "nps_mentioning", 
    
    cast('9' as bigint)
 as "rest_with_nps", 
    
    cast('11.11' as numeric(9,2))
 as "nps_rest", 
    
    cast(null as numeric(9,2))
 as "nps_gap", 
    
    cast(null as boolean)
 as "gap_is_significant", 
    
    cast(null as bigint)
 as "impact_rank", 
    
    cast('-0.500' as numeric(9,3))
 as "avg_sentiment", 
    
    cast('100.00' as numeric(9,2))
 as "negative_share"
union all
select 
    
    cast('2026-04-01' as date)
 as "month", 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('1' as bigint)
 as "mentions", 
    
    cast('2' as bigint)
 as "comments", 
    
    cast('50.00' as numeric(9,2))
 as "share_of_comments", 
    
    cast('1' as bigint)
 as "mentions_with_nps", 
    
    cast('10.00' as numeric(9,2))
 as "avg_nps", 
    
    cast('0.00' as numeric(9,2))
 as "detractor_share", 
    
    cast('100.00' as numeric(9,2))
 as "nps_mentioning", 
    
    cast('1' as bigint)
 as "rest_with_nps", 
    
    cast('-100.00' as numeric(9,2))
 as "nps_rest", 
    
    cast('200.00' as numeric(9,2))
 as "nps_gap", 
    
    cast('true' as boolean)
 as "gap_is_significant", 
    
    cast('1' as bigint)
 as "impact_rank", 
    
    cast('0.900' as numeric(9,3))
 as "avg_sentiment", 
    
    cast('0.00' as numeric(9,2))
 as "negative_share"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected