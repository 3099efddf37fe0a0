
    
    



select theme
from "warehouse"."seeds"."comment_themes"
where theme is null


