
    
    



select file
from "warehouse"."marts"."mart_data_quality"
where file is null


