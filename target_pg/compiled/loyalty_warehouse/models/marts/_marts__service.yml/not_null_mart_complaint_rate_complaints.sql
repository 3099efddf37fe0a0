
    
    



select complaints
from "warehouse"."marts"."mart_complaint_rate"
where complaints is null


