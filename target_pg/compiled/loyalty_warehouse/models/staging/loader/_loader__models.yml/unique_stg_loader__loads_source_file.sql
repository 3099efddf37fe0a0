
    
    

select
    source_file as unique_field,
    count(*) as n_records

from "warehouse"."staging"."stg_loader__loads"
where source_file is not null
group by source_file
having count(*) > 1


