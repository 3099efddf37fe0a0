
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        contact_id, valid_from,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_contacts_historized"
    group by contact_id, valid_from
    having count(*) > 1

  
  
      
    ) dbt_internal_test