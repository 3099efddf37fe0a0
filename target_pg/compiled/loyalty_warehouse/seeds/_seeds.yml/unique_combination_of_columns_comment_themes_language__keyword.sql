
    select
        language, keyword,
        count(*) as rows_with_this_key
    from "warehouse"."seeds"."comment_themes"
    group by language, keyword
    having count(*) > 1
