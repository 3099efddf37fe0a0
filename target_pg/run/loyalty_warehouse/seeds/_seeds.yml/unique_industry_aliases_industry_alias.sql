
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    industry_alias as unique_field,
    count(*) as n_records

from "warehouse"."seeds"."industry_aliases"
where industry_alias is not null
group by industry_alias
having count(*) > 1



  
  
      
    ) dbt_internal_test