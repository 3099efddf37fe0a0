{#
    The listed columns together identify one row (NULLs compare equal, as in GROUP BY).
    Usage: data_tests: [{unique_combination_of_columns: {combination_of_columns: [a, b]}}]
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    select
        {{ combination_of_columns | join(', ') }},
        count(*) as rows_with_this_key
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1
{% endtest %}
