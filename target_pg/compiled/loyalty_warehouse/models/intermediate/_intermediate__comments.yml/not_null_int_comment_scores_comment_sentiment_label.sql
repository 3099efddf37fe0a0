
    
    



select comment_sentiment_label
from "warehouse"."intermediate"."int_comment_scores"
where comment_sentiment_label is null


