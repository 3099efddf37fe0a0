
    
    



select theme
from "warehouse"."intermediate"."int_comment_themes"
where theme is null


