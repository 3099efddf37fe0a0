with

source as (
    select * from {{ source('loader', '_load_ledger') }}
),

renamed as (
    select
        ---------- ids
        source_file,

        ---------- strings
        system,
        raw_table,
        {{ file_name('source_file') }} as file_name,
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
