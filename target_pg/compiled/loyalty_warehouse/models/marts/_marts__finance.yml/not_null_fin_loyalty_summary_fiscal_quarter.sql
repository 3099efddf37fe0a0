
    
    



select fiscal_quarter
from "warehouse"."marts"."fin_loyalty_summary"
where fiscal_quarter is null


