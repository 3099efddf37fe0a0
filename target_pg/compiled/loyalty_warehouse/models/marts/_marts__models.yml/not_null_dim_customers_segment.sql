
    
    



select segment
from "warehouse"."marts"."dim_customers"
where segment is null


