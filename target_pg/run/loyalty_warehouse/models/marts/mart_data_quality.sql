
  
    

  create  table "warehouse"."marts"."mart_data_quality__dbt_tmp"
  
  
    
  (
    file text,
    system text,
    drop_date date,
    file_name text,
    raw_table text,
    rows_read bigint,
    rows_loaded bigint,
    rows_quarantined bigint,
    quarantine_reasons text
    ) ;
    insert into "warehouse"."marts"."mart_data_quality__dbt_tmp" (
      file, system, drop_date, file_name, raw_table, rows_read, rows_loaded, rows_quarantined, quarantine_reasons
    )
  
  (
    
    select file, system, drop_date, file_name, raw_table, rows_read, rows_loaded, rows_quarantined, quarantine_reasons
    from (
        with

loads as (
    select * from "warehouse"."staging"."stg_loader__loads"
),

quarantined_values as (
    select * from "warehouse"."staging"."stg_loader__quarantined_values"
),

-- A record can be quarantined for several values: reasons count records, not values.
reason_counts as (
    select
        source_file,
        reason,
        count(distinct row_number) as quarantined_rows
    from quarantined_values
    group by source_file, reason
),

reasons as (
    select
        source_file,
        
    string_agg(
        reason || ' (' || cast(quarantined_rows as TEXT) || ')',
        '; '
        order by quarantined_rows desc, reason
        ) as quarantine_reasons
    from reason_counts
    group by source_file
),

final as (
    select
        -- The path relative to the landing directory names the file uniquely across drops.
        loads.source_file as file,
        loads.system,
        loads.drop_date,
        loads.file_name,
        loads.raw_table,
        cast(loads.rows_read as bigint) as rows_read,
        cast(loads.rows_loaded as bigint) as rows_loaded,
        cast(loads.rows_quarantined as bigint) as rows_quarantined,
        reasons.quarantine_reasons
    from loads
    left join reasons
        on loads.source_file = reasons.source_file
)

select * from final
    ) as model_subq
  );
  