
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    file as unique_field,
    count(*) as n_records

from "warehouse"."marts"."mart_data_quality"
where file is not null
group by file
having count(*) > 1



  
  
      
    ) dbt_internal_test