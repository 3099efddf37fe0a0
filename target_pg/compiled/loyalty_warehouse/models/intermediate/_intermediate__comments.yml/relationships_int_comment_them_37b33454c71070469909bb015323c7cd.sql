
    
    

with child as (
    select theme as from_field
    from "warehouse"."intermediate"."int_comment_themes"
    where theme is not null
),

parent as (
    select theme as to_field
    from "warehouse"."seeds"."comment_themes"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


