
    select logo_retention
    from "warehouse"."marts"."mart_retention"
    where
        logo_retention is not null
        and (
            false or logo_retention < 0 or logo_retention > 1
        )
