
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    select avg_sentiment
    from "warehouse"."marts"."mart_comment_themes"
    where
        avg_sentiment is not null
        and (
            false or avg_sentiment < -1 or avg_sentiment > 1
        )

  
  
      
    ) dbt_internal_test