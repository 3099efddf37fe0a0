
    
    



select case_id
from "warehouse"."intermediate"."int_cases_attributed"
where case_id is null


