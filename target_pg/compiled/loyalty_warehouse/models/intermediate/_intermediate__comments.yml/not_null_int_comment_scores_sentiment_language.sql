
    
    



select sentiment_language
from "warehouse"."intermediate"."int_comment_scores"
where sentiment_language is null


