
  create view "warehouse"."staging"."stg_loader__loads__dbt_tmp"
    
    
  as (
    with

source as (
    select * from "warehouse"."raw"."_load_ledger"
),

renamed as (
    select
        ---------- ids
        source_file,

        ---------- strings
        system,
        raw_table,
        substring(source_file from '[^/]+$') as file_name,
        sha256,

        ---------- numerics
        rows_read,
        rows_loaded,
        rows_quarantined,

        ---------- timestamps
        drop_date,
        loaded_at
    from source
)

select * from renamed
  );