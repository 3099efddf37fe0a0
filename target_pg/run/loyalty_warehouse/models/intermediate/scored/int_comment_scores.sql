
  create view "warehouse"."intermediate"."int_comment_scores__dbt_tmp"
    
    
  as (
    

-- A view: the scorer keeps scoring.scores whole (only new pairs are scored).


select
    comment,
    user_language,
    comment_sentiment,
    comment_sentiment_label,
    sentiment_language
from "warehouse"."scoring"."scores"
  );