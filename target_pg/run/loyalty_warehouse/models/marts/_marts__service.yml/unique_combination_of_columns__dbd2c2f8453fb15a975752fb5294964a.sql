
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        survey_id, month,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_response_rate"
    group by survey_id, month
    having count(*) > 1

  
  
      
    ) dbt_internal_test