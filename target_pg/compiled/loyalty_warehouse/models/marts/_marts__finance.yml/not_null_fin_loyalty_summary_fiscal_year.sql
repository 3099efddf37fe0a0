
    
    



select fiscal_year
from "warehouse"."marts"."fin_loyalty_summary"
where fiscal_year is null


