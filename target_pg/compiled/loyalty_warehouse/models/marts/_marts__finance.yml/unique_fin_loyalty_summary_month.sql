
    
    

select
    month as unique_field,
    count(*) as n_records

from "warehouse"."marts"."fin_loyalty_summary"
where month is not null
group by month
having count(*) > 1


