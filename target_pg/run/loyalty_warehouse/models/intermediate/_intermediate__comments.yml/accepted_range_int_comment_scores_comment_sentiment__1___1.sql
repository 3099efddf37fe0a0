
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select comment_sentiment
    from "warehouse"."intermediate"."int_comment_scores"
    where
        comment_sentiment is not null
        and (
            false or comment_sentiment < -1 or comment_sentiment > 1
        )

  
  
      
    ) dbt_internal_test