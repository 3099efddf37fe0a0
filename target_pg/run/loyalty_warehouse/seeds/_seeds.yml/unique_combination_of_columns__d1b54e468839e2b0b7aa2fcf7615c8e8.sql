
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select
        survey_id, question_column,
        count(*) as rows_with_this_key
    from "warehouse"."seeds"."survey_questions"
    group by survey_id, question_column
    having count(*) > 1

  
  
      
    ) dbt_internal_test