
    
    



select month
from "warehouse"."marts"."fin_loyalty_summary"
where month is null


