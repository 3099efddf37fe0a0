
    
    



select parameter_value
from "warehouse"."seeds"."health_score_parameters"
where parameter_value is null


