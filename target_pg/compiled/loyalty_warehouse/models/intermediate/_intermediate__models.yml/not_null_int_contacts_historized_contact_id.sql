
    
    



select contact_id
from "warehouse"."intermediate"."int_contacts_historized"
where contact_id is null


