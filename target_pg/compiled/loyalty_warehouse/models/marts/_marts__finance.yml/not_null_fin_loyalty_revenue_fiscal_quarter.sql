
    
    



select fiscal_quarter
from "warehouse"."marts"."fin_loyalty_revenue"
where fiscal_quarter is null


