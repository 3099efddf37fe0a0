
    
    



select language
from "warehouse"."seeds"."comment_themes"
where language is null


