
    
    



select source_file
from "warehouse"."staging"."stg_loader__loads"
where source_file is null


