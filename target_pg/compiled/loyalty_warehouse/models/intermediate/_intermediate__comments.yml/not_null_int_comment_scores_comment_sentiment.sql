
    
    



select comment_sentiment
from "warehouse"."intermediate"."int_comment_scores"
where comment_sentiment is null


