
-- Fixture for int_comment_sentiment
select 
    
    cast('a' as text)
 as "response_id", 
    
    cast(-0.5 as double precision)
 as "comment_sentiment", 
    
    cast('negative' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('b' as text)
 as "response_id", 
    
    cast(0.2023 as double precision)
 as "comment_sentiment", 
    
    cast('positive' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('x' as text)
 as "response_id", 
    
    cast(0.0 as double precision)
 as "comment_sentiment", 
    
    cast('neutral' as text)
 as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"