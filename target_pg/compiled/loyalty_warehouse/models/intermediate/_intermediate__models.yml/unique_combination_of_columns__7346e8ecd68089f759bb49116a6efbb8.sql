
    select
        contact_id, valid_from,
        count(*) as rows_with_this_key
    from "warehouse"."intermediate"."int_contacts_historized"
    group by contact_id, valid_from
    having count(*) > 1
