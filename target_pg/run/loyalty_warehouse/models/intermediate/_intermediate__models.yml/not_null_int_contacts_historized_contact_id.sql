
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select contact_id
from "warehouse"."intermediate"."int_contacts_historized"
where contact_id is null



  
  
      
    ) dbt_internal_test