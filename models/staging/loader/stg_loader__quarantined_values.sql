with

source as (
    select * from {{ source('loader', '_quarantine') }}
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
