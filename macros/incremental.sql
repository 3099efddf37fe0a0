{#
    Incremental models rebuild only the records whose inputs arrived since their last build.

      raw._load_ledger ─▶ stg_loader__loads ─▶ new_files(): loaded after the model's watermark
                                                   │
      staging rows of the new files ─▶ changed_*() ┴─▶ _changed_<model>  (pre-hook, temp table)
      (stg_crm__*, stg_billing__*,                        │
       stg_survey__responses, and the                     ├─▶ delete from <model> where key in it
       historized intermediate models)                    └─▶ <model>'s select appends those keys
                                                              rebuilt (it reads changed_keys())
      facts the monthly models read ─▶ intermediate._rebuilt_customers ─▶ changed_customers()
      post-hook ─▶ intermediate._incremental_watermarks (max loaded_at, build_fingerprint())

    Every loaded file is in stg_loader__loads (the ledger) with its load time. After each build
    of an incremental model, a post-hook records the latest load time it has seen (its
    watermark) in intermediate._incremental_watermarks; the files loaded after it are the
    model's new files. A model's pre-hook (`delete_changed`) lists its changed keys once, from
    the staging rows of the new files (`changed_*` below, each a query of keys, deliberately a
    superset: a key rebuilt needlessly costs a little, a key missed is wrong), into a temporary
    table the model's select reads (`changed_keys()`); it deletes their rows, and the run
    appends them rebuilt, so a record that no longer qualifies disappears too. A first build,
    or --full-refresh, builds everything and sets the watermark; a missing watermark makes
    every file new. Like every model but staging, the hooks read no source: dbt records the
    staging models they ref as the model's parents when it renders the hooks at parse time.

    The monthly per-customer models are keyed by customer: every window in them is partitioned
    by customer, so a customer's months can be rebuilt alone. The facts they read log the
    customers of every record they rebuild, as attributed before and after
    (`_rebuilt_customers`), so those models need not work out again which invoices and
    responses changed. A new reported month changes every customer's spine: it is in those
    models' fingerprint, and rebuilds them whole.

    The watermark holds only while the model's code, the seeds and the project vars are those
    of its last build (`build_fingerprint`): a run with another reporting currency, a changed
    seed or an edited model treats every file as new. An edited upstream model or macro is not
    in the fingerprint: after such a change, run `dbt build --full-refresh`.
#}

{% macro watermarks_relation() -%}
    intermediate._incremental_watermarks
{%- endmacro %}

{% macro rebuilt_customers_relation() -%}
    intermediate._rebuilt_customers
{%- endmacro %}

{# The keys this model's run rebuilds, listed by its pre-hook (a temporary table). #}
{% macro changed_keys() -%}
    {{ return(adapter.dispatch('changed_keys', 'loyalty_warehouse')()) }}
{%- endmacro %}

{% macro default__changed_keys() -%}
    temp.main._changed_{{ this.identifier }}
{%- endmacro %}

{% macro postgres__changed_keys() -%}
    pg_temp._changed_{{ this.identifier }}
{%- endmacro %}

{# A temporary table of this session (replaced when it exists). #}
{% macro create_temp_table(name, sql) -%}
    {{ return(adapter.dispatch('create_temp_table', 'loyalty_warehouse')(name, sql)) }}
{%- endmacro %}

{% macro default__create_temp_table(name, sql) -%}
    create or replace temp table {{ name }} as {{ sql }}
{%- endmacro %}

{% macro postgres__create_temp_table(name, sql) -%}
    drop table if exists pg_temp.{{ name }};
    create temp table {{ name }} as {{ sql }}
{%- endmacro %}

{#
    on-run-start: the tables exist before any model reads them. Rebuilt customers every model
    has seen (logged up to the oldest watermark) are pruned.
#}
{% macro create_watermarks() -%}
    {{ return(adapter.dispatch('create_watermarks', 'loyalty_warehouse')()) }}
{%- endmacro %}

{#- Spark: models are rebuilt whole (spark__incremental_by), so there are no watermarks. -#}
{% macro spark__create_watermarks() -%}
{%- endmacro %}

{% macro default__create_watermarks() -%}
    create schema if not exists intermediate;
    create table if not exists {{ watermarks_relation() }} (
        model varchar, loaded_until timestamp, fingerprint varchar
    );
    create table if not exists {{ rebuilt_customers_relation() }} (
        customer_id varchar, loaded_until timestamp
    );
    delete from {{ rebuilt_customers_relation() }}
    where loaded_until <= (select min(loaded_until) from {{ watermarks_relation() }})
{%- endmacro %}

{#
    What else than data decides the model's rows: its code, the seeds, the project vars, and
    for the models keyed by customer, the reported months (a new month extends every spine).
#}
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
        'follow_up_hours': var('follow_up_hours'),
        'backtest_weights': var('backtest_weights'),
        'revenue_coverage_target': var('revenue_coverage_target'),
        'hierarchy_max_depth': var('hierarchy_max_depth'),
    } -%}
    {%- set spine = '' -%}
    {%- if model.config.get('unique_key') == 'customer_id' -%}
        {%- set spine = run_query(
            'select min(month) || \'..\' || max(month) from ' ~ ref('int_months')
        ).columns[0].values()[0] -%}
    {%- endif -%}
    {{- local_md5(
        model.checksum.checksum ~ (seeds | sort | join(',')) ~ tojson(project_vars) ~ spine
    ) -}}
{%- endmacro %}

{# Post-hook of every incremental model, inside its transaction. #}
{% macro record_watermark(key, log_rebuilt_customers) -%}
    {% if log_rebuilt_customers -%}
        {{ log_customers(key) }};
    {%- endif %}
    delete from {{ watermarks_relation() }} where model = '{{ this.identifier }}';
    insert into {{ watermarks_relation() }}
    select '{{ this.identifier }}', max(loaded_at), '{{ build_fingerprint() }}'
    from {{ ref('stg_loader__loads') }}
{%- endmacro %}

{# This model's watermark; 1900 without a valid one. #}
{% macro watermark() -%}
    (
        select coalesce(max(loaded_until), cast('1900-01-01' as timestamp))
        from {{ watermarks_relation() }}
        where model = '{{ this.identifier }}' and fingerprint = '{{ build_fingerprint() }}'
    )
{%- endmacro %}

{# The files loaded since this model's last build (all of them without a valid watermark). #}
{% macro new_files() -%}
    (select source_file from {{ ref('stg_loader__loads') }} where loaded_at > {{ watermark() }})
{%- endmacro %}

{#
    Pre-hook: list the changed keys once (none on a full build), log the customers of their
    rows (when the model feeds the per-customer models), and remove the rows, which the run
    appends again; the post-hook logs their customers as rebuilt.
#}
{% macro delete_changed(key, keys_query, log_rebuilt_customers) -%}
    {%- if is_incremental() -%}
        {{ create_temp_table('_changed_' ~ this.identifier, keys_query) }};
        {% if log_rebuilt_customers -%}
            {{ log_customers(key) }};
        {%- endif %}
        delete from {{ this }} where {{ key }} in (select * from {{ changed_keys() }})
    {%- else -%}
        {{ create_temp_table(
            '_changed_' ~ this.identifier, 'select cast(null as varchar) as ' ~ key ~ ' where false'
        ) }}
    {%- endif -%}
{%- endmacro %}

{% macro log_customers(key) -%}
    insert into {{ rebuilt_customers_relation() }}
    select distinct customer_id, (select max(loaded_at) from {{ ref('stg_loader__loads') }})
    from {{ this }}
    where customer_id is not null and {{ key }} in (select * from {{ changed_keys() }})
{%- endmacro %}

{#
    Salesforce records with a new version in the staging model `versions` (one row per version,
    keyed by `id_column`). The versions of each record are rebuilt together: a new version
    closes the previous one.
#}
{% macro changed_versions(versions, id_column) -%}
    select {{ id_column }} from {{ ref(versions) }}
    where _source_file in {{ new_files() }}
{%- endmacro %}

{#
    Cases whose attribution may have changed: a new version of the case, or a changed account
    of any of its versions (its segment and manager are taken as of the case's creation).
#}
{% macro changed_cases() -%}
    {{ changed_versions('stg_crm__cases', 'case_id') }}
    union
    select case_id from {{ ref('stg_crm__cases') }}
    where account_id in ({{ changed_accounts() }})
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
    FX rates whose value changed: the (month, currency) rates that differ from what they were
    before the new files. A rate re-delivered unchanged changes nothing.
#}
{% macro changed_rates() -%}
    with deliveries as (
        select
            rate_month,
            currency,
            eur_per_unit,
            _source_file in {{ new_files() }} as is_new,
            row_number() over (
                partition by rate_month, currency order by _drop_date desc, _row_number desc
            ) as rank_now
        from {{ ref('stg_billing__fx_rate_deliveries') }}
    ),

    ranked as (
        select
            *,
            row_number() over (
                partition by rate_month, currency, is_new order by rank_now
            ) as rank_in_delivery
        from deliveries
    )

    select latest.rate_month, latest.currency
    from ranked as latest
    left join ranked as previous
        on
            latest.rate_month = previous.rate_month
            and latest.currency = previous.currency
            and not previous.is_new
            and previous.rank_in_delivery = 1
    where latest.rank_now = 1 and latest.eur_per_unit is distinct from previous.eur_per_unit
{%- endmacro %}

{#
    Invoices to rebuild: new or changed documents, documents of a changed account, and the
    documents whose document or reporting currency's rate changed for their month.
#}
{% macro changed_invoices() -%}
    select invoices.invoice_no from {{ ref('stg_billing__invoices') }} as invoices
    where
        invoices._source_file in {{ new_files() }}
        or invoices.account_id in ({{ changed_accounts() }})
        or exists (
            select 1 from ({{ changed_rates() }}) as rates
            where
                rates.rate_month = {{ month_start('invoices.invoice_date') }}
                and rates.currency in (invoices.currency, '{{ var("reporting_currency") }}')
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
    Customers whose months to rebuild: those of a changed account, contact or case (any
    version: as attributed before and after), and those whose invoices or responses the facts
    rebuilt since this model's watermark (`_rebuilt_customers`).
#}
{% macro changed_customers() -%}
    -- (build_fingerprint() of these models reads {{ ref('int_months') }})
    select account_id as customer_id from ({{ changed_accounts() }}) as accounts
    union
    select account_id from {{ ref('int_contacts_historized') }}
    where contact_id in ({{ changed_contacts() }})
    union
    select account_id from {{ ref('stg_crm__cases') }}
    where case_id in ({{ changed_versions('stg_crm__cases', 'case_id') }})
    union
    select customer_id from {{ rebuilt_customers_relation() }}
    where loaded_until > {{ watermark() }}
{%- endmacro %}

{#
    The config of an incremental model keyed by `key`, whose changed keys `changed` (a call of
    one of the macros above) lists: `{{ config(**incremental_by('invoice_no', 'changed_invoices()')) }}`.
    `log_rebuilt_customers` for the facts the per-customer models read.
#}
{% macro incremental_by(key, changed, log_rebuilt_customers=false) -%}
    {{ return(adapter.dispatch('incremental_by', 'loyalty_warehouse')(key, changed, log_rebuilt_customers)) }}
{%- endmacro %}

{#-
    Spark: tables in the lake are plain Parquet, which has no DELETE (Delta Lake or Iceberg
    would), so these models are rebuilt whole on every run; the unique_key stays documented.
-#}
{% macro spark__incremental_by(key, changed, log_rebuilt_customers=false) -%}
    {{ return({'materialized': 'table', 'unique_key': key}) }}
{%- endmacro %}

{% macro default__incremental_by(key, changed, log_rebuilt_customers=false) -%}
    {%- set args = "'" ~ key ~ "', " -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'unique_key': key,
        'on_schema_change': 'fail',
        'pre_hook': "{{ delete_changed(" ~ args ~ changed ~ ", " ~ log_rebuilt_customers ~ ") }}",
        'post_hook': "{{ record_watermark(" ~ args ~ log_rebuilt_customers ~ ") }}",
    }) }}
{%- endmacro %}
