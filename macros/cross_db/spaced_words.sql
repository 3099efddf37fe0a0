{#
    Text as its lower-cased words (letters and digits of any script), each preceded by one space:
    ' leveringen var sen'. `' ' || keyword` is then found exactly where a word starts with it.
#}
{% macro spaced_words(expression) -%}
    {{ return(adapter.dispatch('spaced_words', 'loyalty_warehouse')(expression)) }}
{%- endmacro %}

{#- RE2 (DuckDB) and Java (Spark) regexps know \pL and \pN; `\b` would be ASCII-only in RE2. -#}
{% macro default__spaced_words(expression) -%}
    ' ' || trim(regexp_replace(lower({{ expression }}), '[^\pL\pN]+', ' ', 'g'))
{%- endmacro %}

{% macro postgres__spaced_words(expression) -%}
    ' ' || trim(regexp_replace(lower({{ expression }}), '[^[:alnum:]]+', ' ', 'g'))
{%- endmacro %}

{#- Spark: the 4th argument is a position (every match is replaced), and a string literal
    unescapes backslashes, so the regexp's are doubled. -#}
{% macro spark__spaced_words(expression) -%}
    ' ' || trim(regexp_replace(lower({{ expression }}), '[^\\pL\\pN]+', ' '))
{%- endmacro %}
