
    
    



select loyalty_category
from "warehouse"."marts"."mart_customer_health"
where loyalty_category is null


