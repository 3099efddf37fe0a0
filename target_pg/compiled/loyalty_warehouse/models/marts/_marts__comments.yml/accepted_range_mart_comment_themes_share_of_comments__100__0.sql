
    select share_of_comments
    from "warehouse"."marts"."mart_comment_themes"
    where
        share_of_comments is not null
        and (
            false or share_of_comments < 0 or share_of_comments > 100
        )
