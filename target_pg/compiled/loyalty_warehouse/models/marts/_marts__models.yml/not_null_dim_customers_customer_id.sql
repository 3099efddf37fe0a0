
    
    



select customer_id
from "warehouse"."marts"."dim_customers"
where customer_id is null


