
    
    



select segment
from "warehouse"."marts"."fct_complaints"
where segment is null


