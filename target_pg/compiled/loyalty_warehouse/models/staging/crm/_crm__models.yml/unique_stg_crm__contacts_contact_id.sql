
    
    

select
    contact_id as unique_field,
    count(*) as n_records

from (select * from "warehouse"."staging"."stg_crm__contacts" where is_current and true) as dbt_subquery
where contact_id is not null
group by contact_id
having count(*) > 1


