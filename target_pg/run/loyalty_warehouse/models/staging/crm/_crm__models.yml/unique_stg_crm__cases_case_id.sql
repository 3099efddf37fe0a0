
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    case_id as unique_field,
    count(*) as n_records

from (select * from "warehouse"."staging"."stg_crm__cases" where is_current and true) as dbt_subquery
where case_id is not null
group by case_id
having count(*) > 1



  
  
      
    ) dbt_internal_test