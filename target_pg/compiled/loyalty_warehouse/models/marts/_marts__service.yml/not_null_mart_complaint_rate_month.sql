
    
    



select month
from "warehouse"."marts"."mart_complaint_rate"
where month is null


