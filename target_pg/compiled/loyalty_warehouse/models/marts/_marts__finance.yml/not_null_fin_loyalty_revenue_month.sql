
    
    



select month
from "warehouse"."marts"."fin_loyalty_revenue"
where month is null


