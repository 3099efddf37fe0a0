
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        segment as value_field,
        count(*) as n_records

    from "warehouse"."marts"."mart_nps_monthly"
    group by segment

)

select *
from all_values
where value_field not in (
    'Enterprise','Mid-Market','SMB','Unknown','All'
)



  
  
      
    ) dbt_internal_test