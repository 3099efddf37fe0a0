
    
    



select month
from "warehouse"."marts"."mart_nps_monthly"
where month is null


