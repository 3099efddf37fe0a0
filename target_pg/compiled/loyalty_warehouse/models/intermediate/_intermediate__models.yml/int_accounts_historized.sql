
-- Fixture for int_accounts_historized
select 
    
    cast('A' as text)
 as "account_id", 
    
    cast('U1' as text)
 as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", 
    
    cast('Enterprise' as text)
 as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"
union all
select 
    
    cast('B' as text)
 as "account_id", 
    
    cast('U2' as text)
 as "account_manager_id", cast(null as text) as "parent_account_id", cast(null as text) as "account_name", cast(null as text) as "account_type", cast(null as character varying) as "industry", cast(null as text) as "country", cast(null as text) as "currency", 
    
    cast('SMB' as text)
 as "segment", cast(null as bigint) as "number_of_employees", cast(null as double precision) as "annual_revenue", cast(null as boolean) as "is_deleted", cast(null as timestamp without time zone) as "created_at", cast(null as timestamp without time zone) as "modified_at", 
    
    cast('1900-01-01 00:00:00' as timestamp without time zone)
 as "valid_from", 
    
    cast('9999-12-31 00:00:00' as timestamp without time zone)
 as "valid_to", cast(null as boolean) as "is_current", cast(null as text) as "_source_file"