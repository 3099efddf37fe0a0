
-- Fixture for int_comment_sentiment
select 
    
    cast('e1' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('e2' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('e3' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('en' as text)
 as "sentiment_language"
union all
select 
    
    cast('d1' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"
union all
select 
    
    cast('d2' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"
union all
select 
    
    cast('d3' as text)
 as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", 
    
    cast('da' as text)
 as "sentiment_language"