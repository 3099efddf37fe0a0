
    
    

select
    account_manager_id as unique_field,
    count(*) as n_records

from "warehouse"."marts"."dim_account_managers"
where account_manager_id is not null
group by account_manager_id
having count(*) > 1


