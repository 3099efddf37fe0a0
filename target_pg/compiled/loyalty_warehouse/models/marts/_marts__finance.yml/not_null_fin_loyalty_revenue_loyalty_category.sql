
    
    



select loyalty_category
from "warehouse"."marts"."fin_loyalty_revenue"
where loyalty_category is null


