
    
    



select industry_alias
from "warehouse"."seeds"."industry_aliases"
where industry_alias is null


