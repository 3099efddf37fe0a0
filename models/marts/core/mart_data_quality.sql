with

loads as (
    select * from {{ ref('stg_loader__loads') }}
),

ignored_files as (
    select * from {{ ref('stg_loader__ignored_files') }}
),

quarantined_values as (
    select * from {{ ref('stg_loader__quarantined_values') }}
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
        {{ string_agg_ordered(
            "reason || ' (' || cast(quarantined_rows as " ~ dbt.type_string() ~ ") || ')'",
            '; ',
            'quarantined_rows desc, reason'
        ) }} as quarantine_reasons
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
        'loaded' as status,
        cast(loads.rows_read as bigint) as rows_read,
        cast(loads.rows_loaded as bigint) as rows_loaded,
        cast(loads.rows_quarantined as bigint) as rows_quarantined,
        reasons.quarantine_reasons,
        cast(null as {{ dbt.type_string() }}) as ignored_reason
    from loads
    left join reasons
        on loads.source_file = reasons.source_file

    union all

    -- A file no extract kind loads: no row of it was read. Once a later version of the
    -- warehouse loads it, the ledger's row replaces this one.
    select
        ignored_files.source_file as file,
        ignored_files.system,
        ignored_files.drop_date,
        ignored_files.file_name,
        cast(null as {{ dbt.type_string() }}) as raw_table,
        'ignored' as status,
        cast(0 as bigint) as rows_read,
        cast(0 as bigint) as rows_loaded,
        cast(0 as bigint) as rows_quarantined,
        cast(null as {{ dbt.type_string() }}) as quarantine_reasons,
        ignored_files.reason as ignored_reason
    from ignored_files
    where ignored_files.source_file not in (select loads.source_file from loads)
)

select * from final
