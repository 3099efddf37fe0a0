-- Every title × department a contact version has ever carried, with the role it gives
-- (seeds/contact_roles.csv). Classified once per distinct pair, not per contact or response:
-- a company has a few hundred titles and millions of contact versions.

with

contacts as (
    select * from {{ ref('int_contacts_historized') }}
),

rules as (
    select * from {{ ref('contact_roles') }}
),

-- Blank title and department are kept as '' so that the pair is a plain join key.
pairs as (
    select distinct
        coalesce(title, '') as title_key,
        coalesce(department, '') as department_key
    from contacts
),

-- Each text as its lower-cased words, each followed and preceded by a space: ' head of sales '.
pairs_words as (
    select
        title_key,
        department_key,
        {{ spaced_words('title_key') }} || ' ' as title_words,
        {{ spaced_words('department_key') }} || ' ' as department_words
    from pairs
),

rules_words as (
    select
        field,
        match_type,
        role as respondent_role,
        priority,
        pattern,
        -- ' cfo ' is a whole word; 'direktør' is found inside økonomidirektør.
        case
            when match_type = 'word' then {{ spaced_words('pattern') }} || ' '
            else trim({{ spaced_words('pattern') }})
        end as pattern_words
    from rules
),

matches as (
    select
        pairs_words.title_key,
        pairs_words.department_key,
        rules_words.respondent_role,
        rules_words.pattern,
        rules_words.field,
        row_number() over (
            partition by pairs_words.title_key, pairs_words.department_key
            order by rules_words.priority
        ) as match_rank
    from pairs_words
    inner join rules_words
        on
            position(
                rules_words.pattern_words in case
                    when rules_words.field = 'title' then pairs_words.title_words
                    else pairs_words.department_words
                end
            ) > 0
),

final as (
    select
        pairs.title_key,
        pairs.department_key,
        coalesce(matches.respondent_role, 'unknown') as respondent_role,
        matches.field as matched_field,
        matches.pattern as matched_pattern
    from pairs
    left join matches
        on
            pairs.title_key = matches.title_key
            and pairs.department_key = matches.department_key
            and matches.match_rank = 1
)

select * from final
