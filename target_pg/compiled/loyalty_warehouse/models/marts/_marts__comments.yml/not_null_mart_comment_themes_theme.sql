
    
    



select theme
from "warehouse"."marts"."mart_comment_themes"
where theme is null


