with

follow_ups as (
    select * from {{ ref('fct_follow_ups') }}
),

account_managers as (
    select * from {{ ref('dim_account_managers') }}
),

-- Each trigger counts with its account manager and department as of the answer (SPEC §3).
owned as (
    select
        follow_ups.*,
        {{ month_start('follow_ups.recorded_at') }} as month,
        -- Unrounded, so that every engine takes the median of the same values.
        {{ dbt.datediff('follow_ups.recorded_at', 'follow_ups.followed_up_at', 'second') }}
        / {{ as_double(3600) }} as exact_hours_to_follow_up,
        coalesce(follow_ups.department, 'Unknown') as owner_department,
        coalesce(follow_ups.account_manager_id, 'Unknown') as owner_id,
        account_managers.name as account_manager_name
    from follow_ups
    left join account_managers
        on follow_ups.account_manager_id = account_managers.account_manager_id
),

-- Every trigger counts with its account manager, in its department's total and in the company's.
fanned_out as (
    {{ owner_levels('owned') }}
),

-- The `All` medians are over all the triggers of the level, not a blend of the parts' medians.
rolled_up as (
    select
        month,
        level_department as department,
        level_account_manager_id as account_manager_id,
        case
            when level_account_manager_id = 'All' then 'All'
            else coalesce(max(account_manager_name), 'Unknown')
        end as account_manager_name,
        count(*) as triggers,
        sum(case when follow_up_status = 'on time' then 1 else 0 end) as on_time,
        sum(case when follow_up_status = 'late' then 1 else 0 end) as late,
        sum(case when follow_up_status = 'overdue' then 1 else 0 end) as overdue,
        sum(case when follow_up_status = 'open' then 1 else 0 end) as open,
        percentile_cont(0.5) within group (order by exact_hours_to_follow_up)
            as median_hours_to_follow_up,
        sum(case when next_nps_score is not null then 1 else 0 end) as answered_again,
        sum(case when recovered then 1 else 0 end) as recovered
    from fanned_out
    group by month, level_department, level_account_manager_id
),

final as (
    select
        month,
        department,
        account_manager_id,
        account_manager_name,
        cast(triggers as bigint) as triggers,
        cast(on_time as bigint) as on_time,
        cast(late as bigint) as late,
        cast(overdue as bigint) as overdue,
        cast(open as bigint) as open,
        -- Open triggers are not due yet: neither closed nor missed.
        {% call round_to_decimal(9, 4) %}
            ({{ as_double(1) }} * on_time / nullif(on_time + late + overdue, 0))
        {% endcall %} as close_the_loop_rate,
        {% call round_to_decimal(9, 2) %}median_hours_to_follow_up{% endcall %}
            as median_hours_to_follow_up,
        cast(answered_again as bigint) as answered_again,
        cast(recovered as bigint) as recovered,
        {% call round_to_decimal(9, 4) %}
            ({{ as_double(1) }} * recovered / nullif(answered_again, 0))
        {% endcall %} as recovery_rate
    from rolled_up
)

select * from final
