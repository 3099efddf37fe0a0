
-- Fixture for int_users_historized
select 
    
    cast('U1' as text)
 as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", 
    
    cast('Key Accounts Nordics' as text)
 as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('U2' as text)
 as "user_id", cast(null as text) as "user_name", cast(null as text) as "email", 
    
    cast('SMB Desk' as text)
 as "department", cast(null as text) as "division", cast(null as text) as "title", cast(null as text) as "manager_id", cast(null as boolean) as "is_active", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"