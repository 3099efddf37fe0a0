{#
    Free text with the e-mail addresses and phone numbers a person typed into it replaced by
    '[email]' and '[phone]' (SPEC §4): published comments must not carry a respondent's contact
    details, while the build database keeps the text as delivered.

    Phone numbers are the shapes Danish and English speakers write:
      international   +45 12 34 56 78, +4512345678, 0045 12345678, +44 20 7946 0958,
                      +44 (0)20 7946 0958, +1 (555) 123-4567
      Danish          12 34 56 78, 12345678
      British         020 7946 0958, 07700 900123
      North American  (555) 123-4567, 555-123-4567, 555.123.4567, 555 123 4567
    The trade-off: a comment is full of ordinary numbers that must survive, so a number is a
    phone only in one of those shapes and only standing alone: not glued to a letter, '#', '/',
    '-', '+', a currency sign or a decimal point (so AB12345678, #12345678, INV-2025-00123 and
    12345678,50 stay), which also keeps years (2025), amounts (1.250 kr, EUR 5,000), scores
    (10/10), percentages and dates (12-03-2026, 2026-03-12). Over-masked: a bare 8-digit number
    (a Danish phone number's shape) such as a CVR or order number without letters. Missed: a
    Danish number written 1234 5678 (the shape of two years side by side), a bare 10-digit
    North American number, and a phone number glued to a word or a full stop.

    RE2 (DuckDB) has no look-around, so the character before and after a phone number are
    matched as groups 1 and 2 and written back. Two numbers one space apart share that space,
    so the phone pass runs twice. The e-mail pass runs first: 12345678@sms.dk is one address.
#}
{% macro mask_contact_details(expression) -%}
    {{ return(adapter.dispatch('mask_contact_details', 'loyalty_warehouse')(expression)) }}
{%- endmacro %}

{#- The patterns, written once for every engine: `letter` and `alnum` are the contents of a
    bracket expression matching any letter, or any letter or digit, of any script. -#}
{% macro contact_detail_patterns(letter, alnum) -%}
    {%- set phone_shapes = [
        '(?:[+]|00)[1-9][0-9]{0,2}[ .-]?(?:[(]0[)] ?)?(?:[(][0-9]{1,4}[)] ?|[0-9]{2,4})(?:[ .-]?[0-9]{2,4}){2,4}',
        '[0-9]{8}',
        '[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}',
        '0[1-9][0-9]{1,3} ?[0-9]{3,4} ?[0-9]{3,4}',
        '(?:[(][0-9]{3}[)] ?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}',
    ] -%}
    {{ return({
        'email': '[' ~ alnum ~ '._%+-]+@[' ~ alnum ~ '-]+(?:[.][' ~ alnum ~ '-]+)*[.][' ~ letter ~ ']{2,}',
        'phone': '(^|[^' ~ alnum ~ '_#/.,+€$£-])(?:' ~ phone_shapes | join('|') ~ ')'
            ~ '($|[^' ~ alnum ~ '_%/.,-]|[/.,-](?:$|[^0-9]))',
    }) }}
{%- endmacro %}

{% macro default__mask_contact_details(expression) -%}
    {{- mask_contact_details_flagged(expression, '\\pL', '\\pL\\pN') -}}
{%- endmacro %}

{#- PostgreSQL's regexps know no \p classes: POSIX classes instead (Unicode-aware in a UTF-8
    database). -#}
{% macro postgres__mask_contact_details(expression) -%}
    {{- mask_contact_details_flagged(expression, '[:alpha:]', '[:alnum:]') -}}
{%- endmacro %}

{#- DuckDB and PostgreSQL: regexp_replace replaces every match with the 'g' flag; a group is \1. -#}
{% macro mask_contact_details_flagged(expression, letter, alnum) -%}
    {%- set p = contact_detail_patterns(letter, alnum) -%}
    {%- set once -%}
        regexp_replace(regexp_replace({{ expression }}, '{{ p.email }}', '[email]', 'g'), '{{ p.phone }}', '\1[phone]\2', 'g')
    {%- endset -%}
    regexp_replace({{ once }}, '{{ p.phone }}', '\1[phone]\2', 'g')
{%- endmacro %}

{#- Spark (Java regexps): every match is replaced without a flag, a group is $1, and a string
    literal unescapes backslashes, so the \p classes' backslashes are doubled. -#}
{% macro spark__mask_contact_details(expression) -%}
    {%- set p = contact_detail_patterns('\\\\pL', '\\\\pL\\\\pN') -%}
    {%- set once -%}
        regexp_replace(regexp_replace({{ expression }}, '{{ p.email }}', '[email]'), '{{ p.phone }}', '$1[phone]$2')
    {%- endset -%}
    regexp_replace({{ once }}, '{{ p.phone }}', '$1[phone]$2')
{%- endmacro %}
