
-- Fixture for int_months
select 
    
    cast('2025-02-01' as date)
 as "month", 
    
    cast(1 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-03-01' as date)
 as "month", 
    
    cast(2 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-04-01' as date)
 as "month", 
    
    cast(3 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-05-01' as date)
 as "month", 
    
    cast(4 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-06-01' as date)
 as "month", 
    
    cast(5 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-07-01' as date)
 as "month", 
    
    cast(6 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-08-01' as date)
 as "month", 
    
    cast(7 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-09-01' as date)
 as "month", 
    
    cast(8 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-10-01' as date)
 as "month", 
    
    cast(9 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-11-01' as date)
 as "month", 
    
    cast(10 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2025-12-01' as date)
 as "month", 
    
    cast(11 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-01-01' as date)
 as "month", 
    
    cast(12 as bigint)
 as "months_of_history"
union all
select 
    
    cast('2026-02-01' as date)
 as "month", 
    
    cast(13 as bigint)
 as "months_of_history"