{# Every row satisfies a SQL condition, e.g. `rows_read = rows_loaded + rows_quarantined`. #}
{% test expression_is_true(model, expression) %}
    select *
    from {{ model }}
    where not ({{ expression }})
{% endtest %}
