
    
    



select month
from "warehouse"."marts"."mart_retention"
where month is null


