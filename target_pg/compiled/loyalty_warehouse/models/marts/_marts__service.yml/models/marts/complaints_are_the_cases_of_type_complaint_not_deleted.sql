-- One row per complaint (a Case whose Type is "complaint", SPEC §2.1), its latest version, in its
-- customer's segment and with its account manager and department as of its creation.
with

 __dbt__cte__int_cases_attributed as (

-- Fixture for int_cases_attributed
select 
    
    cast('k1' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('B' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", 
    
    cast(True as boolean)
 as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-10 09:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast('2026-01-12 21:00:00' as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k2' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('C' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('SMB' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", 
    
    cast(False as boolean)
 as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-31 12:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k_deleted' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(True as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(True as boolean)
 as "is_deleted", 
    
    cast('2026-01-15 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
union all
select 
    
    cast('k_question' as text)
 as "case_id", cast(null as text) as "case_number", 
    
    cast('A' as text)
 as "customer_id", cast(null as text) as "contact_id", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", 
    
    cast(False as boolean)
 as "is_complaint", cast(null as boolean) as "is_closed", 
    
    cast(False as boolean)
 as "is_deleted", 
    
    cast('2026-01-15 00:00:00' as timestamp without time zone)
 as "created_at", 
    
    cast(null as timestamp without time zone)
 as "closed_at"
), complaints as (
    select * from __dbt__cte__int_cases_attributed
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