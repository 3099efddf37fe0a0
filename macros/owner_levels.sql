{#
    The rows of `relation` three times, for the roll-ups by owner (mart_health_by_owner,
    mart_close_the_loop): with their account manager, in their department's total (account
    manager `All`) and in the company's (both `All`). `relation` has the columns
    owner_department and owner_id; the copies add level_department and level_account_manager_id.
#}
{% macro owner_levels(relation) -%}
    select
        {{ relation }}.*,
        case when levels.level = 'company' then 'All' else {{ relation }}.owner_department end
            as level_department,
        case when levels.level = 'account manager' then {{ relation }}.owner_id else 'All' end
            as level_account_manager_id
    from {{ relation }}
    cross join (
        select level_names.level
        from (values ('account manager'), ('department'), ('company')) as level_names (level)
    ) as levels
{%- endmacro %}
