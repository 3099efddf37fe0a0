{# SPEC §3: 9–10 promoter, 7–8 passive, 0–6 detractor; no answer, no category. #}
{% macro nps_category(score) -%}
    case
        when {{ score }} >= 9 then 'promoter'
        when {{ score }} >= 7 then 'passive'
        when {{ score }} >= 0 then 'detractor'
    end
{%- endmacro %}

{#
    SPEC §3: a customer's loyalty category from its account NPS (the mean of its contacts'
    latest 0–10 answers): promoter from 9, passive from 7, exactly (8.99 is passive).
#}
{% macro loyalty_category(account_nps) -%}
    case
        when {{ account_nps }} >= 9 then 'promoter'
        when {{ account_nps }} >= 7 then 'passive'
        when {{ account_nps }} >= 0 then 'detractor'
        else 'no score'
    end
{%- endmacro %}
