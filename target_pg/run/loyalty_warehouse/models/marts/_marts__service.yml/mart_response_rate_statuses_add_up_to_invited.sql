
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select *
    from "warehouse"."marts"."mart_response_rate"
    where not (sent + opened + started + partially_finished + finished + soft_bounced + hard_bounced + failed + opted_out = invited)

  
  
      
    ) dbt_internal_test