
    
    



select month
from "warehouse"."marts"."mart_comment_themes"
where month is null


