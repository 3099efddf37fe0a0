
    
    

select
    file as unique_field,
    count(*) as n_records

from "warehouse"."marts"."mart_data_quality"
where file is not null
group by file
having count(*) > 1


