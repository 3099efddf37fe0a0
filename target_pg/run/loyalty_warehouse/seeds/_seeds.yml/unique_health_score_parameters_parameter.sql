
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    parameter as unique_field,
    count(*) as n_records

from "warehouse"."seeds"."health_score_parameters"
where parameter is not null
group by parameter
having count(*) > 1



  
  
      
    ) dbt_internal_test