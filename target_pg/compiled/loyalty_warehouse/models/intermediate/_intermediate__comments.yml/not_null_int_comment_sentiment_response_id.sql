
    
    



select response_id
from "warehouse"."intermediate"."int_comment_sentiment"
where response_id is null


