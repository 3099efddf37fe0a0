-- One row per complaint (a Case whose Type is "complaint", SPEC §2.1), its latest version, in its
-- customer's segment and with its account manager and department as of its creation.
with

complaints as (
    select * from {{ ref('int_cases_attributed') }}
    where is_complaint and not is_deleted
),

final as (
    select
        case_id as complaint_id,
        case_number,
        customer_id,
        contact_id,
        segment,
        account_manager_id,
        department,
        reason,
        priority,
        status,
        origin,
        created_at,
        {{ month_start('created_at') }} as created_month,
        closed_at,
        is_closed,
        -- Fractional days; NULL while the complaint is open.
        {{ dbt.datediff('created_at', 'closed_at', 'second') }}
        / {{ as_double(86400) }} as days_to_close
    from complaints
)

select * from final
