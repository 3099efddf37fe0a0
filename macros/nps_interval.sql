{#
    SPEC §3 NPS confidence interval (95 %), adjusted Wald: n' = n + 3, p' = (P + 0.75) / n',
    d' = (D + 0.75) / n', se = sqrt((p' + d' − (p' − d')²) / n'); the bound
    100 × ((p' − d') ± 1.96 × se), clipped to [−100, 100]. `side` is 'low' or 'high'; the
    arguments are SQL expressions of the counts. One formula for mart_nps_monthly and
    mart_nps_by_role.
#}
{% macro nps_interval_bound(promoters, detractors, responses, side) -%}
    {%- set n = '(' ~ responses ~ ' + ' ~ as_double(3) ~ ')' -%}
    {%- set p = '((' ~ promoters ~ ' + 0.75) / ' ~ n ~ ')' -%}
    {%- set d = '((' ~ detractors ~ ' + 0.75) / ' ~ n ~ ')' -%}
    {%- set se = '100 * sqrt((' ~ p ~ ' + ' ~ d ~ ' - (' ~ p ~ ' - ' ~ d ~ ') * (' ~ p ~ ' - ' ~ d ~ ')) / ' ~ n ~ ')' -%}
    {%- if side == 'low' -%}
        greatest(-100, 100 * ({{ p }} - {{ d }}) - 1.96 * {{ se }})
    {%- else -%}
        least(100, 100 * ({{ p }} - {{ d }}) + 1.96 * {{ se }})
    {%- endif -%}
{%- endmacro %}
