{#
    An integer from text, or NULL when the text is not a whole number (up to 9 digits, an
    optional sign, blanks around). Written out on every engine: DuckDB's try_cast rounds '7.5'
    to 8, Spark's cast truncates it to 7, PostgreSQL's raises.
#}
{% macro try_cast_integer(expression) -%}
    {{ return(adapter.dispatch('try_cast_integer', 'loyalty_warehouse')(expression)) }}
{%- endmacro %}

{% macro default__try_cast_integer(expression) -%}
    case
        when regexp_full_match(trim({{ expression }}), '[+-]?[0-9]{1,9}')
            then cast(trim({{ expression }}) as integer)
    end
{%- endmacro %}

{% macro postgres__try_cast_integer(expression) -%}
    case
        when trim({{ expression }}) ~ '^[+-]?[0-9]{1,9}$' then cast(trim({{ expression }}) as integer)
    end
{%- endmacro %}

{% macro spark__try_cast_integer(expression) -%}
    case
        when trim({{ expression }}) rlike '^[+-]?[0-9]{1,9}$' then cast(trim({{ expression }}) as int)
    end
{%- endmacro %}
