
-- Fixture for int_months
select 
    
    cast('2026-10-01' as date)
 as "month", 
    
    cast(36 as bigint)
 as "months_of_history"