
    
    



select comment
from "warehouse"."intermediate"."int_comment_scores"
where comment is null


