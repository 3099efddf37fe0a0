
    
    



select parameter
from "warehouse"."seeds"."health_score_parameters"
where parameter is null


