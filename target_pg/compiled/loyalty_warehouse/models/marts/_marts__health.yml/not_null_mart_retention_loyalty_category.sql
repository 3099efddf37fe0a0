
    
    



select loyalty_category
from "warehouse"."marts"."mart_retention"
where loyalty_category is null


