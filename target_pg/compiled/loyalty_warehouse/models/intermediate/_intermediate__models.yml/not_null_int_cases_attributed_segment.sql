
    
    



select segment
from "warehouse"."intermediate"."int_cases_attributed"
where segment is null


