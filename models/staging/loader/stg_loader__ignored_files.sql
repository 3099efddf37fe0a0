with

source as (
    select * from {{ source('loader', '_ignored_files') }}
),

renamed as (
    select
        ---------- ids
        source_file,

        ---------- strings
        system,
        {{ file_name('source_file') }} as file_name,
        reason,

        ---------- timestamps
        -- Text on the engines the loader ships it to (orchestration/raw_assets.py).
        cast(drop_date as date) as drop_date,
        cast(noticed_at as {{ dbt.type_timestamp() }}) as noticed_at
    from source
)

select * from renamed
