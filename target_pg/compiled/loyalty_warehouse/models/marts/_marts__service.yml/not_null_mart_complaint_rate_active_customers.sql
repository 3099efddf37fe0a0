
    
    



select active_customers
from "warehouse"."marts"."mart_complaint_rate"
where active_customers is null


