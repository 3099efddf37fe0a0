
-- Fixture for int_cases_attributed
select cast(null as text) as "case_id", cast(null as text) as "case_number", cast(null as text) as "customer_id", cast(null as text) as "contact_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as text) as "case_type", cast(null as text) as "reason", cast(null as text) as "priority", cast(null as text) as "status", cast(null as text) as "origin", cast(null as boolean) as "is_complaint", cast(null as boolean) as "is_closed", cast(null as boolean) as "is_deleted", 
    
    cast('2025-12-05 10:00:00' as timestamp without time zone)
 as "created_at", cast(null as timestamp without time zone) as "closed_at"