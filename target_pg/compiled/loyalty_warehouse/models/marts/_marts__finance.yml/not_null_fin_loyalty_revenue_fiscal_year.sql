
    
    



select fiscal_year
from "warehouse"."marts"."fin_loyalty_revenue"
where fiscal_year is null


