with

responses as (
    select * from {{ ref('fct_survey_responses') }}
    where comment is not null
),

comment_themes as (
    select * from {{ ref('int_comment_themes') }}
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
        avg({{ as_double(1) }} * nps_score) as avg_nps,
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
        {{ as_double(1) }} * mentioning_promoters / nullif(mentioning_answers, 0) as p_mentioning,
        {{ as_double(1) }} * mentioning_detractors / nullif(mentioning_answers, 0) as d_mentioning,
        {{ as_double(1) }} * rest_promoters / nullif(rest_answers, 0) as p_rest,
        {{ as_double(1) }} * rest_detractors / nullif(rest_answers, 0) as d_rest
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
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * mentions / month_comments{% endcall %} as share_of_comments,
        cast(mentioning_answers as bigint) as mentions_with_nps,
        {% call round_to_decimal(9, 2) %}avg_nps{% endcall %} as avg_nps,
        {% call round_to_decimal(9, 2) %}100 * d_mentioning{% endcall %} as detractor_share,
        {% call round_to_decimal(9, 2) %}100 * p_mentioning{% endcall %} as promoter_share,
        {% call round_to_decimal(9, 2) %}nps_mentioning{% endcall %} as nps_mentioning,
        cast(rest_answers as bigint) as rest_with_nps,
        {% call round_to_decimal(9, 2) %}nps_rest{% endcall %} as nps_rest,
        {% call round_to_decimal(9, 2) %}nps_gap{% endcall %} as nps_gap,
        -- Two groups without sampling error (each unanimous): any gap counts as significant.
        case
            when nps_gap is null then null
            when se_mentioning = 0 and se_rest = 0 then nps_gap <> 0
            else abs(nps_gap) / sqrt(se_mentioning * se_mentioning + se_rest * se_rest) > 1.96
        end as gap_is_significant,
        cast(impact_rank as bigint) as impact_rank,
        {% call round_to_decimal(9, 3) %}avg_sentiment{% endcall %} as avg_sentiment,
        {% call round_to_decimal(9, 2) %}{{ as_double(100) }} * negative_mentions / mentions{% endcall %} as negative_share
    from ranked
)

select * from final
