-- The day spine MetricFlow joins metrics over time with (models/semantic/_semantic.yml).
{{ config(materialized='table') }}

with

days as (
    {{ dbt.date_spine('day', "cast('2015-01-01' as date)", "cast('2036-01-01' as date)") }}
),

final as (
    select cast(date_day as date) as date_day
    from days
)

select * from final
