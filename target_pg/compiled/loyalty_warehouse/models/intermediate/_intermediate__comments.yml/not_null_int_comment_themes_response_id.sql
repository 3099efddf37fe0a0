
    
    



select response_id
from "warehouse"."intermediate"."int_comment_themes"
where response_id is null


