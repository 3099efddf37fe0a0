-- One row per complaint (a Case whose Type is "complaint", SPEC §2.1), its latest version, in its
-- customer's segment and with its account manager and department as of its creation.
with

complaints as (
    select * from "warehouse"."intermediate"."int_cases_attributed"
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
        cast(date_trunc('month', created_at) as date) as created_month,
        closed_at,
        is_closed,
        -- Fractional days; NULL while the complaint is open.
        
        (
        (
        (
        ((closed_at)::date - (created_at)::date)
     * 24 + date_part('hour', (closed_at)::timestamp) - date_part('hour', (created_at)::timestamp))
     * 60 + date_part('minute', (closed_at)::timestamp) - date_part('minute', (created_at)::timestamp))
     * 60 + floor(date_part('second', (closed_at)::timestamp)) - floor(date_part('second', (created_at)::timestamp)))
    
        / 86400.0 as days_to_close
    from complaints
)

select * from final