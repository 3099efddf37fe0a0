
    
    



select segment
from "warehouse"."marts"."mart_complaint_rate"
where segment is null


