
-- Fixture for stg_loader__loads
select cast(null as text) as "source_file", cast(null as text) as "system", cast(null as text) as "raw_table", cast(null as text) as "file_name", cast(null as text) as "sha256", cast(null as bigint) as "rows_read", cast(null as bigint) as "rows_loaded", cast(null as bigint) as "rows_quarantined", 
    
    cast('2026-04-30' as date)
 as "drop_date", cast(null as timestamp without time zone) as "loaded_at"