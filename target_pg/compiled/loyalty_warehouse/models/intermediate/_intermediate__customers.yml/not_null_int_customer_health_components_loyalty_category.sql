
    
    



select loyalty_category
from "warehouse"."intermediate"."int_customer_health_components"
where loyalty_category is null


