
    
    



select segment
from "warehouse"."marts"."mart_nps_monthly"
where segment is null


