{#
    Salesforce Ids (SPEC §2.1): two Ids are the same record when their first 15 characters are
    equal, case-sensitively. The 18-character form appends a checksum that encodes the case of
    those 15 characters, so we always rebuild it from the prefix: a 15-character Id and its
    18-character form normalize to the same value, a differently-cased prefix does not.

    Checksum: for each 5-character chunk, bit i is set when character i is an uppercase A-Z;
    the 5-bit value indexes 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'.
    Anything that is not 15 or 18 letters and digits long gives NULL.
#}
{% macro normalize_sf_id(column) -%}
    {{ return(adapter.dispatch('normalize_sf_id', 'loyalty_warehouse')(column)) }}
{%- endmacro %}

{% macro default__normalize_sf_id(column) -%}
    {%- set id = 'trim(' ~ column ~ ')' -%}
    case
        when length({{ id }}) in (15, 18)
            then substr({{ id }}, 1, 15)
            {%- for chunk in range(3) %}
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                {%- for i in range(5) %}
                + case when ascii(substr({{ id }}, {{ chunk * 5 + i + 1 }}, 1)) between 65 and 90 then {{ 2 ** i }} else 0 end
                {%- endfor %}, 1)
            {%- endfor %}
    end
{%- endmacro %}
