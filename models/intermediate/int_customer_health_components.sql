{{ config(**incremental_by('customer_id', 'changed_customers()')) }}
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

with

customer_months as (
    select * from {{ ref('int_customer_months') }}
    {% if is_incremental() %}
        where customer_id in (select * from {{ changed_keys() }})
    {% endif %}
),

feedback as (
    select * from {{ ref('int_customer_feedback_t12m') }}
    {% if is_incremental() %}
        where customer_id in (select * from {{ changed_keys() }})
    {% endif %}
),

complaints as (
    select
        customer_id,
        created_at,
        closed_at
    from {{ ref('int_cases_attributed') }}
    where is_complaint and not is_deleted and customer_id is not null
    {% if is_incremental() %}
        and customer_id in (select * from {{ changed_keys() }})
    {% endif %}
),

parameters as (
    select * from {{ ref('int_health_score_parameters') }}
),

-- Complaints created in the 90 days up to the month's end, and those still open at its end,
-- as running totals (macros/running_totals.sql): a complaint counts in the months' 90 days
-- from the month it is created in until the month 90 days later (excluded), and is open from
-- the month it is created in until the month it is closed in (excluded).
complaint_spans as (
    select
        customer_id,
        {{ month_start('created_at') }} as span_from,
        {{ month_start(dbt.dateadd('day', 90, 'created_at')) }} as span_to,
        1 as complaints_90d,
        0 as open_complaints
    from complaints
    union all
    select
        customer_id,
        {{ month_start('created_at') }} as span_from,
        coalesce({{ month_start('closed_at') }}, {{ end_of_time() }}) as span_to,
        0 as complaints_90d,
        1 as open_complaints
    from complaints
),

complaint_changes as (
    {{ span_changes('complaint_spans', ['complaints_90d', 'open_complaints']) }}
),

complaint_totals as (
    {{ running_totals('complaint_changes', ['complaints_90d', 'open_complaints']) }}
),

joined as (
    select
        customer_months.*,
        feedback.respondents,
        feedback.nps_respondents,
        feedback.account_nps,
        {{ loyalty_category('feedback.account_nps') }} as loyalty_category,
        feedback.csat,
        feedback.ces,
        feedback.appreciation,
        cast(coalesce(complaint_totals.complaints_90d, 0) as bigint) as complaints_90d,
        cast(coalesce(complaint_totals.open_complaints, 0) as bigint) as open_complaints,
        -- Only when the T12M before lies wholly inside the data: a partial year would read as
        -- growth. A DOUBLE division on every engine: Spark and PostgreSQL divide DECIMALs
        -- exactly, so 1850.22 / 1520.00 - 1 would be 0.21725 there, and 0.2173 once rounded,
        -- where DuckDB's 0.21724999999999994 gives 0.2172.
        case
            when customer_months.months_of_history >= 24 and customer_months.revenue_t12m_year_before > 0
                then
                    {{ as_double('customer_months.revenue_t12m') }}
                    / customer_months.revenue_t12m_year_before - 1
        end as revenue_trend,
        -- Heard = answered any counting survey in T12M; a contact heard and then moved away
        -- still counts, so the share is capped at 1.
        case
            when customer_months.contacts > 0
                then least(
                    1.0,
                    {{ as_double(1) }} * coalesce(feedback.respondents, 0) / customer_months.contacts
                )
        end as coverage
    from customer_months
    left join feedback
        on
            customer_months.customer_id = feedback.customer_id
            and customer_months.month = feedback.month
    left join complaint_totals
        on
            customer_months.customer_id = complaint_totals.customer_id
            and {{ valid_at('complaint_totals', 'customer_months.month') }}
),

-- A customer has a health row in the months it is active, was heard in T12M or has recent or
-- open complaints: a relationship to report on.
in_relationship as (
    select * from joined
    where is_active or respondents > 0 or complaints_90d > 0 or open_complaints > 0
),

-- Each component on 0–100, NULL when the customer gives nothing to score it on.
final as (
    select
        in_relationship.*,
        10 * in_relationship.account_nps as loyalty_score,
        (
            coalesce(in_relationship.csat, 0)
            + coalesce(100 * (in_relationship.ces - 1) / 6, 0)
            + coalesce(100 * (in_relationship.appreciation - 1) / 4, 0)
        ) / nullif(
            case when in_relationship.csat is null then 0 else 1 end
            + case when in_relationship.ces is null then 0 else 1 end
            + case when in_relationship.appreciation is null then 0 else 1 end,
            0
        ) as satisfaction_score,
        greatest(
            0,
            100
            - parameters.complaint_penalty * in_relationship.complaints_90d
            - parameters.open_complaint_penalty * in_relationship.open_complaints
        ) as complaints_score,
        -- (least/greatest skip NULLs: a missing input must stay a missing component.)
        case
            when in_relationship.revenue_trend is not null
                then least(
                    100,
                    greatest(
                        0,
                        100 * (in_relationship.revenue_trend - parameters.revenue_trend_floor)
                        / (parameters.revenue_trend_ceiling - parameters.revenue_trend_floor)
                    )
                )
        end as revenue_trend_score,
        case
            when in_relationship.coverage is not null
                then least(100, 100 * in_relationship.coverage / parameters.coverage_target)
        end as coverage_score
    from in_relationship
    cross join parameters
)

select * from final
