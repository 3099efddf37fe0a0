
    
    



select created_at
from "warehouse"."marts"."fct_complaints"
where created_at is null


