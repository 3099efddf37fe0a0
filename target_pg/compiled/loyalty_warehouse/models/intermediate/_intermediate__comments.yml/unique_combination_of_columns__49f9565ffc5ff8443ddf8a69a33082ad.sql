
    select
        response_id, theme,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_comment_themes"
    group by response_id, theme
    having count(*) > 1
