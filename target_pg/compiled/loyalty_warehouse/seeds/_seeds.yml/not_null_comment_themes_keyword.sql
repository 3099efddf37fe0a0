
    
    



select keyword
from "warehouse"."seeds"."comment_themes"
where keyword is null


