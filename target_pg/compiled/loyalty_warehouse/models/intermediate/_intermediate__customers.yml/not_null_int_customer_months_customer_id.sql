
    
    



select customer_id
from "warehouse"."intermediate"."int_customer_months"
where customer_id is null


