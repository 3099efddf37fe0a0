
-- Fixture for int_comment_sentiment
select cast(null as text) as "response_id", cast(null as double precision) as "comment_sentiment", cast(null as text) as "comment_sentiment_label", cast(null as text) as "sentiment_language"
    limit 0