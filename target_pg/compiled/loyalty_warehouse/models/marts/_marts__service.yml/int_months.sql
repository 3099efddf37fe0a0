
-- Fixture for int_months
select 
    
    cast('2026-03-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history"