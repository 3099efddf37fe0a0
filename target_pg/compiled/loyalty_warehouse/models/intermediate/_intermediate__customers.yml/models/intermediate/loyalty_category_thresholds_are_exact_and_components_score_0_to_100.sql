
-- Incremental (macros/incremental.sql): each run rebuilds the months of the customers
-- changed_customers() lists.

with

 __dbt__cte__int_customer_months as (

-- Fixture for int_customer_months
select 
    
    cast('P' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(4 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(1200 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(1000 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('Q' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(0 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(900 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(1000 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('R' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('S' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('T' as text)
 as "customer_id", 
    
    cast('2026-06-01' as date)
 as "month", 
    
    cast(20 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(10 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(5 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(True as boolean)
 as "is_active"
union all
select 
    
    cast('Z' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(24 as bigint)
 as "months_of_history", cast(null as text) as "customer_name", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "account_manager_name", cast(null as text) as "department", cast(null as boolean) as "is_deleted", 
    
    cast(2 as bigint)
 as "contacts", cast(null as numeric(18,2)) as "revenue", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m", 
    
    cast(0 as numeric(18,2))
 as "revenue_t12m_year_before", 
    
    cast(False as boolean)
 as "is_active"
),  __dbt__cte__int_customer_feedback_t12m as (

-- Fixture for int_customer_feedback_t12m
select 
    
    cast('P' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(8.99 as numeric)
 as "account_nps", 
    
    cast(50 as numeric)
 as "csat", 
    
    cast(4 as numeric)
 as "ces", 
    
    cast(5 as numeric)
 as "appreciation"
union all
select 
    
    cast('Q' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(9.0 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"
union all
select 
    
    cast('R' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(7.0 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"
union all
select 
    
    cast('S' as text)
 as "customer_id", 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "respondents", cast(null as bigint) as "responses", cast(null as bigint) as "nps_respondents", 
    
    cast(6.99 as numeric)
 as "account_nps", cast(null as numeric) as "csat", cast(null as numeric) as "ces", cast(null as numeric) as "appreciation"
),  __dbt__cte__int_cases_attributed as (

-- Fixture for int_cases_attributed
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-09-01 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-09-03 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-20 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-11-02 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(False as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-21 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(True as boolean)
 as "is_deleted", 
    
    cast('2026-10-22 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('P' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-07-01 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-07-02 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('Q' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-01 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-10-02 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('Q' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-02 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-10-03 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('Q' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-03 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-10-04 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('Q' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-04 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-10-05 00:00:00' as timestamp without time zone)
 as "closed_at"
union all
select cast(null as text) as "case_id", cast(null as text) as "case_number", 
    
    cast('Q' as text)
 as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-10-05 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-10-06 00:00:00' as timestamp without time zone)
 as "closed_at"
),  __dbt__cte__int_health_score_parameters as (

-- Fixture for int_health_score_parameters
select 
    
    cast(0.35 as double precision)
 as "weight_loyalty", 
    
    cast(0.2 as double precision)
 as "weight_satisfaction", 
    
    cast(0.15 as double precision)
 as "weight_complaints", 
    
    cast(0.2 as double precision)
 as "weight_revenue_trend", 
    
    cast(0.1 as double precision)
 as "weight_coverage", 
    
    cast(20 as double precision)
 as "complaint_penalty", 
    
    cast(15 as double precision)
 as "open_complaint_penalty", 
    
    cast(-0.3 as double precision)
 as "revenue_trend_floor", 
    
    cast(0.1 as double precision)
 as "revenue_trend_ceiling", 
    
    cast(0.5 as double precision)
 as "coverage_target", 
    
    cast(50 as double precision)
 as "red_max", 
    
    cast(75 as double precision)
 as "yellow_max"
), customer_months as (
    select * from __dbt__cte__int_customer_months
    
),

feedback as (
    select * from __dbt__cte__int_customer_feedback_t12m
    
),

complaints as (
    select
        customer_id,
        created_at,
        closed_at
    from __dbt__cte__int_cases_attributed
    where is_complaint and not is_deleted and customer_id is not null
    
),

parameters as (
    select * from __dbt__cte__int_health_score_parameters
),

-- Complaints created in the 90 days up to the month's end, and those still open at its end,
-- as running totals (macros/running_totals.sql): a complaint counts in the months' 90 days
-- from the month it is created in until the month 90 days later (excluded), and is open from
-- the month it is created in until the month it is closed in (excluded).
complaint_spans as (
    select
        customer_id,
        cast(date_trunc('month', created_at) as date) as span_from,
        cast(date_trunc('month', 

    created_at + ((interval '1 day') * (90))

) as date) as span_to,
        1 as complaints_90d,
        0 as open_complaints
    from complaints
    union all
    select
        customer_id,
        cast(date_trunc('month', created_at) as date) as span_from,
        coalesce(cast(date_trunc('month', closed_at) as date), cast('9999-12-31 00:00:00' as timestamp)) as span_to,
        0 as complaints_90d,
        1 as open_complaints
    from complaints
),

complaint_changes as (
    select
        complaint_spans.customer_id,
        cast(
            case when signs.sign = 1 then complaint_spans.span_from else complaint_spans.span_to end as date
        ) as month,
            sum(signs.sign * complaint_spans.complaints_90d) as complaints_90d,
            sum(signs.sign * complaint_spans.open_complaints) as open_complaints
    from complaint_spans
    cross join (select 1 as sign union all select -1 as sign) as signs
    where complaint_spans.span_from < complaint_spans.span_to
    group by complaint_spans.customer_id, month
),

complaint_totals as (
    select
        customer_id,
        month as valid_from,
        coalesce(
            lead(month) over (partition by customer_id order by month), cast('9999-12-31 00:00:00' as timestamp)
        ) as valid_to,
            sum(complaints_90d) over (
                partition by customer_id order by month rows unbounded preceding
            ) as complaints_90d,
            sum(open_complaints) over (
                partition by customer_id order by month rows unbounded preceding
            ) as open_complaints
    from complaint_changes
),

joined as (
    select
        customer_months.*,
        feedback.respondents,
        feedback.nps_respondents,
        feedback.account_nps,
        case
        when feedback.account_nps >= 9 then 'promoter'
        when feedback.account_nps >= 7 then 'passive'
        when feedback.account_nps >= 0 then 'detractor'
        else 'no score'
    end as loyalty_category,
        feedback.csat,
        feedback.ces,
        feedback.appreciation,
        cast(coalesce(complaint_totals.complaints_90d, 0) as bigint) as complaints_90d,
        cast(coalesce(complaint_totals.open_complaints, 0) as bigint) as open_complaints,
        -- Only when the T12M before lies wholly inside the data: a partial year would read as
        -- growth.
        case
            when customer_months.months_of_history >= 24 and customer_months.revenue_t12m_year_before > 0
                then customer_months.revenue_t12m / customer_months.revenue_t12m_year_before - 1
        end as revenue_trend,
        -- Heard = answered any counting survey in T12M; a contact heard and then moved away
        -- still counts, so the share is capped at 1.
        case
            when customer_months.contacts > 0
                then least(1.0, 1.0 * coalesce(feedback.respondents, 0) / customer_months.contacts)
        end as coverage
    from customer_months
    left join feedback
        on
            customer_months.customer_id = feedback.customer_id
            and customer_months.month = feedback.month
    left join complaint_totals
        on
            customer_months.customer_id = complaint_totals.customer_id
            and customer_months.month >= complaint_totals.valid_from and customer_months.month < complaint_totals.valid_to
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