
    
    

select
    parameter as unique_field,
    count(*) as n_records

from "warehouse"."seeds"."health_score_parameters"
where parameter is not null
group by parameter
having count(*) > 1


