
    
    



select is_deleted
from "warehouse"."marts"."dim_customers"
where is_deleted is null


