
    select *
    from "warehouse"."seeds"."comment_themes"
    where not (keyword = lower(trim(keyword)))
