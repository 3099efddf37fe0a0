
    
    



select segment
from "warehouse"."marts"."mart_retention"
where segment is null


