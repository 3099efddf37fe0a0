
    
    

select
    response_id as unique_field,
    count(*) as n_records

from (select * from "warehouse"."staging"."stg_survey__responses" where true) as dbt_subquery
where response_id is not null
group by response_id
having count(*) > 1


