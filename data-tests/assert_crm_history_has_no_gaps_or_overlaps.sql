-- A failure means a CRM record's version history has a gap or an overlap: an event in that
-- moment would be attributed to no account manager / segment, or to two at once, and
-- as-of figures (NPS by segment, complaints by owner) would drop or double-count it.
{{ config(meta={'dagster': {'ref': {'name': 'int_accounts_historized'}}}) }}
{% set histories = [
    ('int_accounts_historized', 'account_id'),
    ('int_contacts_historized', 'contact_id'),
    ('int_users_historized', 'user_id'),
] %}

with

bounds as (
    {% for model, key in histories %}
        select
            '{{ model }}' as history,
            {{ key }} as record_id,
            valid_from,
            valid_to,
            lead(valid_from) over (partition by {{ key }} order by valid_from) as next_valid_from,
            row_number() over (partition by {{ key }} order by valid_from) as version_number
        from {{ ref(model) }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select *
from bounds
where
    valid_from >= valid_to
    or (version_number = 1 and valid_from <> {{ beginning_of_time() }})
    or (next_valid_from is null and valid_to <> {{ end_of_time() }})
    or (next_valid_from is not null and next_valid_from <> valid_to)
