
-- Fixture for int_contacts_historized
select 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('A' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", 
    
    cast('anna@x.com' as text)
 as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('2026-02-01 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('C1' as text)
 as "contact_id", 
    
    cast('B' as text)
 as "account_id", cast(null as text) as "first_name", cast(null as text) as "last_name", 
    
    cast('anna@x.com' as text)
 as "email", cast(null as text) as "title", cast(null as text) as "department", 
    
    cast(False as boolean)
 as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('2026-02-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"