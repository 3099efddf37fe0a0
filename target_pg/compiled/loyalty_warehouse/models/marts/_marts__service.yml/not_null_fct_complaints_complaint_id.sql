
    
    



select complaint_id
from "warehouse"."marts"."fct_complaints"
where complaint_id is null


