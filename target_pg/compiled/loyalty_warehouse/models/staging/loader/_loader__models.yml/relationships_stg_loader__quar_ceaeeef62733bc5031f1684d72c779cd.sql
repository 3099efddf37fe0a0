
    
    

with child as (
    select source_file as from_field
    from "warehouse"."staging"."stg_loader__quarantined_values"
    where source_file is not null
),

parent as (
    select source_file as to_field
    from "warehouse"."staging"."stg_loader__loads"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


