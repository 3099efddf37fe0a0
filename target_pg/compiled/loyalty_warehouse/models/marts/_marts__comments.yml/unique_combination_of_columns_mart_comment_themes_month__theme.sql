
    select
        month, theme,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."mart_comment_themes"
    group by month, theme
    having count(*) > 1
