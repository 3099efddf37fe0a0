-- Groups of accounts (SPEC §3, account hierarchy): each customer counts in the group of its
-- ultimate parent as of the month (int_accounts_grouped), and the group's figures roll up over
-- those customers.

with

health as (
    select
        customer_id,
        month,
        is_active,
        revenue_t12m,
        health_score,
        health_status,
        is_at_risk
    from {{ ref('mart_customer_health') }}
),

feedback as (
    select
        customer_id,
        month,
        nps_respondents,
        account_nps
    from {{ ref('int_customer_feedback_t12m') }}
),

hierarchy as (
    select * from {{ ref('int_accounts_grouped') }}
),

accounts as (
    select
        account_id,
        account_name,
        valid_from,
        valid_to
    from {{ ref('int_accounts_historized') }}
),

-- A group's accounts in a month: the customers with a health row then (from their first
-- invoice, counting response or case on), whether active or not.
members as (
    select
        health.*,
        coalesce(hierarchy.ultimate_parent_id, health.customer_id) as ultimate_parent_id,
        coalesce(hierarchy.hierarchy_depth, case when hierarchy.account_id is null then 0 end)
            as hierarchy_depth,
        hierarchy.hierarchy_issue,
        coalesce(feedback.nps_respondents, 0) as nps_respondents,
        -- The customer's sum of its contacts' latest answers, an integer: taken back from the
        -- mean so that the group's mean is exact (and equal on every engine).
        case
            when feedback.nps_respondents > 0
                then cast(round(feedback.account_nps * feedback.nps_respondents) as bigint)
        end as nps_sum,
        -- The weakest account first; on a tie, the smaller Id.
        row_number() over (
            partition by coalesce(hierarchy.ultimate_parent_id, health.customer_id), health.month
            order by health.health_score asc nulls last, health.customer_id asc
        ) as health_rank
    from health
    left join hierarchy
        on
            health.customer_id = hierarchy.account_id
            and health.month = hierarchy.month
    left join feedback
        on
            health.customer_id = feedback.customer_id
            and health.month = feedback.month
),

grouped as (
    select
        ultimate_parent_id,
        month,
        count(*) as accounts,  -- noqa: RF04
        sum(case when is_active then 1 else 0 end) as active_accounts,
        max(hierarchy_depth) + 1 as hierarchy_levels,
        sum(revenue_t12m) as revenue_t12m,
        sum(nps_respondents) as nps_respondents,
        {{ as_double(1) }} * sum(nps_sum) / nullif(sum(nps_respondents), 0) as group_nps,
        sum(case when health_status = 'red' then 1 else 0 end) as red_accounts,
        max(case when health_rank = 1 then customer_id end) as worst_health_customer_id,
        max(case when health_rank = 1 then health_score end) as worst_health_score,
        max(case when health_rank = 1 then health_status end) as worst_health_status,
        -- Weighted by revenue: the customers with a score and positive T12M revenue.
        {{ as_double(1) }}
        * sum(case when revenue_t12m > 0 then health_score * revenue_t12m end)
        / nullif(
            sum(case when revenue_t12m > 0 and health_score is not null then revenue_t12m end), 0
        ) as weighted_health,
        sum(case when is_at_risk then revenue_t12m else 0 end) as revenue_at_risk,
        -- 'cycle' before 'too deep' when a group has both.
        min(hierarchy_issue) as hierarchy_issue
    from members
    group by ultimate_parent_id, month
),

final as (
    select
        grouped.ultimate_parent_id,
        accounts.account_name as group_name,
        cast(grouped.month as date) as month,
        cast(grouped.accounts as bigint) as accounts,  -- noqa: RF04
        cast(grouped.active_accounts as bigint) as active_accounts,
        cast(grouped.hierarchy_levels as bigint) as hierarchy_levels,
        cast(grouped.revenue_t12m as decimal(18, 2)) as revenue_t12m,
        cast(grouped.nps_respondents as bigint) as nps_respondents,
        {% call round_to_decimal(9, 2) %}grouped.group_nps{% endcall %} as account_nps,
        {{ loyalty_category('grouped.group_nps') }} as loyalty_category,
        cast(grouped.red_accounts as bigint) as red_accounts,
        grouped.worst_health_customer_id,
        cast(grouped.worst_health_score as decimal(9, 2)) as worst_health_score,
        grouped.worst_health_status,
        {% call round_to_decimal(9, 2) %}grouped.weighted_health{% endcall %}
            as revenue_weighted_health_score,
        cast(grouped.revenue_at_risk as decimal(18, 2)) as revenue_at_risk,
        grouped.hierarchy_issue
    from grouped
    left join accounts
        on
            grouped.ultimate_parent_id = accounts.account_id
            and {{ valid_at_month_end('accounts', 'grouped.month') }}
)

select * from final
