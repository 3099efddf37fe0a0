
    
    



select month
from "warehouse"."intermediate"."int_months"
where month is null


