
    
    



select source_file
from "warehouse"."staging"."stg_loader__quarantined_values"
where source_file is null


