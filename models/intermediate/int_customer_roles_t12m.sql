-- Which respondent roles a customer heard from in the T12M window ending each month: the
-- breadth of the relationship (one decision maker, or buyers and users too?). A role is heard
-- at M when one of the customer's contacts in that role, as of the response, gave a counting
-- response in M-11 … M (contact → account as of the response, SPEC §3).

{%- set twelve_months_on = dbt.dateadd('month', 12, 'response_month') %}

with

months as (
    select * from {{ ref('int_months') }}
),

role_months as (
    select distinct
        customer_id,
        respondent_role,
        {{ month_start('recorded_at') }} as response_month
    from {{ ref('int_survey_responses_attributed') }}
    where
        is_counting
        and customer_id is not null
        and respondent_role <> 'unknown'
),

-- A role is heard from a month with its response until its next such month, or for 12
-- months if sooner: the spans of one customer and role never overlap.
spans as (
    select
        customer_id,
        respondent_role,
        response_month as span_from,
        least(
            lead(response_month) over (
                partition by customer_id, respondent_role order by response_month
            ),
            {{ twelve_months_on }}
        ) as span_to
    from role_months
),

heard as (
    select
        spans.customer_id,
        months.month,
        spans.respondent_role
    from spans
    inner join months
        on
            spans.span_from <= months.month
            and spans.span_to > months.month
),

final as (
    select
        customer_id,
        month,
        cast(count(*) as bigint) as roles_heard,
        max(case when respondent_role = 'decision maker' then 1 else 0 end) = 1
            as decision_maker_heard,
        {{ string_agg_ordered('respondent_role', ', ', 'respondent_role') }} as roles_heard_list
    from heard
    group by customer_id, month
)

select * from final
