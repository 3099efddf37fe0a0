
    
    



select open_complaints
from "warehouse"."marts"."mart_complaint_rate"
where open_complaints is null


