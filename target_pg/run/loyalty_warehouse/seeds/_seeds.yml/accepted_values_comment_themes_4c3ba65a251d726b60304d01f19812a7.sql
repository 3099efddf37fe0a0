
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        theme as value_field,
        count(*) as n_records

    from "warehouse"."seeds"."comment_themes"
    group by theme

)

select *
from all_values
where value_field not in (
    'account_manager','appreciation','communication','contract','delivery','ease_of_use','installation','invoicing','price','product','quality','staff','support','waiting_time'
)



  
  
      
    ) dbt_internal_test