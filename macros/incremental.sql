{#
    Incremental models rebuild only the records whose inputs arrived since their last build.

    Every loaded file is in raw._load_ledger with its load time. After each build of an
    incremental model, a post-hook records the latest load time it has seen (its watermark) in
    intermediate._incremental_watermarks; the files loaded after it are the model's new files.
    A model lists its changed keys from the new files (`changed_*` below, each a query of
    keys, deliberately a superset: a key rebuilt needlessly costs a little, a key missed is
    wrong), deletes their rows (`delete_changed`, a pre-hook) and appends them rebuilt, so a
    record that no longer qualifies disappears too. A first build, or --full-refresh, builds
    everything and sets the watermark; a missing watermark makes every file new.

    The watermark holds only while the model's code, the seeds and the project vars are those
    of its last build (`build_fingerprint`): a run with another reporting currency, a changed
    seed or an edited model treats every file as new. An edited upstream model or macro is not
    in the fingerprint: after such a change, run `dbt build --full-refresh`.
#}

{% macro watermarks_relation() -%}
    intermediate._incremental_watermarks
{%- endmacro %}

{# on-run-start: the table exists before any model reads it. #}
{% macro create_watermarks() -%}
    create schema if not exists intermediate;
    create table if not exists {{ watermarks_relation() }} (
        model varchar, loaded_until timestamp, fingerprint varchar
    )
{%- endmacro %}

{# What else than data decides the model's rows: its code, the seeds, the project vars. #}
{% macro build_fingerprint() -%}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {%- set seeds = [] -%}
    {%- for node in graph.nodes.values() | selectattr('resource_type', 'equalto', 'seed') -%}
        {%- do seeds.append(node.unique_id ~ '=' ~ node.checksum.checksum) -%}
    {%- endfor -%}
    {%- set project_vars = {
        'reporting_currency': var('reporting_currency'),
        'health_weights': var('health_weights'),
        'fiscal_year_start_month': var('fiscal_year_start_month'),
        'passive_uplift_share': var('passive_uplift_share'),
    } -%}
    {{- local_md5(model.checksum.checksum ~ (seeds | sort | join(',')) ~ tojson(project_vars)) -}}
{%- endmacro %}

{# Post-hook of every incremental model, inside its transaction. #}
{% macro record_watermark() -%}
    delete from {{ watermarks_relation() }} where model = '{{ this.identifier }}';
    insert into {{ watermarks_relation() }}
    select '{{ this.identifier }}', max(loaded_at), '{{ build_fingerprint() }}'
    from {{ source('raw', '_load_ledger') }}
{%- endmacro %}

{# The files loaded since this model's last build (all of them without a valid watermark). #}
{% macro new_files() -%}
    (
        select source_file from {{ source('raw', '_load_ledger') }}
        where loaded_at > (
            select coalesce(max(loaded_until), cast('1900-01-01' as timestamp))
            from {{ watermarks_relation() }}
            where model = '{{ this.identifier }}' and fingerprint = '{{ build_fingerprint() }}'
        )
    )
{%- endmacro %}

{# Pre-hook: remove the rows of the changed keys, which the model's run appends again. #}
{% macro delete_changed(key, changed_keys) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ key }} in ({{ changed_keys }})
    {%- endif -%}
{%- endmacro %}

{#
    Accounts whose attribution of events may have changed: a new version of the account, or
    of a user who manages (or managed) it.
#}
{% macro changed_accounts() -%}
    select account_id from {{ ref('int_accounts_historized') }}
    where _source_file in {{ new_files() }}
    union
    select accounts.account_id
    from {{ ref('int_accounts_historized') }} as accounts
    inner join {{ ref('int_users_historized') }} as users
        on accounts.account_manager_id = users.user_id
    where users._source_file in {{ new_files() }}
{%- endmacro %}

{# Contacts with a new version, or belonging (in any version) to a changed account. #}
{% macro changed_contacts() -%}
    select contact_id from {{ ref('int_contacts_historized') }}
    where _source_file in {{ new_files() }} or account_id in ({{ changed_accounts() }})
{%- endmacro %}

{#
    Invoices to rebuild: new or changed documents, documents of a changed account, and every
    document of a month whose FX rate was (re)delivered.
#}
{% macro changed_invoices() -%}
    select invoice_no from {{ ref('stg_billing__invoices') }}
    where
        _source_file in {{ new_files() }}
        or account_id in ({{ changed_accounts() }})
        or {{ month_start('invoice_date') }} in (
            select rate_month from {{ ref('stg_billing__fx_rates') }}
            where _source_file in {{ new_files() }}
        )
{%- endmacro %}

{#
    Responses to rebuild: new or re-sent responses, and responses that point (by Contact Id or
    by an e-mail any version of the contact had) to a changed contact.
#}
{% macro changed_responses() -%}
    select response_id from {{ ref('stg_survey__responses') }}
    where
        _source_file in {{ new_files() }}
        or external_contact_id in ({{ changed_contacts() }})
        or recipient_email in (
            select email from {{ ref('int_contacts_historized') }}
            where contact_id in ({{ changed_contacts() }})
        )
{%- endmacro %}

{#
    The config of an incremental model keyed by `key`, whose changed keys `changed` (the name of
    one of the macros above) lists: `{{ config(**incremental_by('invoice_no', 'changed_invoices')) }}`.
#}
{% macro incremental_by(key, changed) -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'pre_hook': "{{ delete_changed('" ~ key ~ "', " ~ changed ~ "()) }}",
        'post_hook': "{{ record_watermark() }}",
    }) }}
{%- endmacro %}
