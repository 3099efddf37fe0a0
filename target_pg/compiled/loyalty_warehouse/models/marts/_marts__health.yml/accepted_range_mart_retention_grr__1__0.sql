
    select grr
    from "warehouse"."marts"."mart_retention"
    where
        grr is not null
        and (
            false or grr < 0 or grr > 1
        )
