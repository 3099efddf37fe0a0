
  create view "warehouse"."staging"."stg_loader__quarantined_values__dbt_tmp"
    
    
  as (
    with

source as (
    select * from "warehouse"."raw"."_quarantine"
),

renamed as (
    select
        ---------- ids
        source_file,
        row_number,

        ---------- strings
        system,
        raw_table,
        column_name,
        raw_value,
        reason,

        ---------- timestamps
        drop_date,
        loaded_at
    from source
)

select * from renamed
  );