"""The landing-zone contract (SPEC §2) as data: every extract kind, its file and its typed columns.

The loader reads each file as text and types each column with the parser named here; a value
that does not parse sends its row to quarantine. The raw tables keep the source column names,
typed, plus lineage columns, and every version of every record.
"""

from __future__ import annotations

from dataclasses import dataclass

# Parsers: name -> (DuckDB type, SQL that turns the text `{v}` into that type or NULL, what is expected).
# Timestamps are stored as naive TIMESTAMPs in UTC.
PARSERS: dict[str, tuple[str, str, str]] = {
    "text": ("VARCHAR", "{v}", "text"),
    "sf_id": (
        "VARCHAR",
        "case when regexp_full_match({v}, '[A-Za-z0-9]{{15}}([A-Za-z0-9]{{3}})?') then {v} end",
        "a Salesforce Id of 15 or 18 letters and digits",
    ),
    # The Bulk API writes `…000Z`; Data Loader writes the same instant as `…000+0000`.
    "sf_datetime": (
        "TIMESTAMP",
        "coalesce(try_strptime({v}, ['%Y-%m-%dT%H:%M:%S.%gZ', '%Y-%m-%dT%H:%M:%SZ']), "
        "timezone('UTC', try_strptime({v}, ['%Y-%m-%dT%H:%M:%S.%g%z', '%Y-%m-%dT%H:%M:%S%z'])))",
        "a datetime like 2026-03-01T08:15:00.000Z or 2026-03-01T08:15:00.000+0000",
    ),
    "iso_date": ("DATE", "cast(try_strptime({v}, '%Y-%m-%d') as date)", "a date like 2026-03-01"),
    # Some export tools write Salesforce booleans as 1/0.
    "sf_boolean": (
        "BOOLEAN",
        "case lower(trim({v})) when 'true' then true when '1' then true "
        "when 'false' then false when '0' then false end",
        "true or false (or 1 or 0)",
    ),
    "integer": (
        "BIGINT",
        "case when regexp_full_match(trim({v}), '-?[0-9]+') then try_cast(trim({v}) as bigint) end",
        "a whole number",
    ),
    "number": ("DOUBLE", "try_cast(trim({v}) as double)", "a number"),
    "decimal_comma": (
        "DECIMAL(18,2)",
        "case when regexp_full_match(trim({v}), '-?[0-9]+(,[0-9]{{1,2}})?') "
        "then try_cast(replace(trim({v}), ',', '.') as decimal(18,2)) end",
        "an amount with a decimal comma, at most 2 decimals and 16 digits before it, like 1234,50",
    ),
    "rate_comma": (
        "DECIMAL(18,10)",
        "case when regexp_full_match(trim({v}), '[0-9]+(,[0-9]{{1,10}})?') "
        "then try_cast(replace(trim({v}), ',', '.') as decimal(18,10)) end",
        "a positive rate with a decimal comma and at most 8 digits before it, like 0,1341",
    ),
    "dk_date": ("DATE", "cast(try_strptime({v}, '%d-%m-%Y') as date)", "a date like 31-12-2026"),
    "rate_month": ("DATE", "cast(try_strptime({v}, '%Y-%m') as date)", "a month like 2026-03"),
    "qualtrics_flag": (
        "BOOLEAN",
        "case lower(trim({v})) when '1' then true when 'true' then true "
        "when '0' then false when 'false' then false end",
        "1 or 0",
    ),
    "iso_utc": (
        "TIMESTAMP",
        "try_strptime({v}, ['%Y-%m-%dT%H:%M:%SZ', '%Y-%m-%dT%H:%M:%S.%gZ'])",
        "a UTC timestamp like 2026-03-01T07:00:00Z",
    ),
    # Local wall-clock time in the column's timeZone (Qualtrics header row 3), converted to UTC.
    "qualtrics_local": (
        "TIMESTAMP",
        "timezone('UTC', timezone({tz}, try_strptime({v}, '%Y-%m-%d %H:%M:%S')))",
        "a local time like 2026-03-01 09:15:03",
    ),
}


# How to fix a file in which every row fails one parser: a format problem of the export.
FORMAT_FIXES: dict[str, str] = {
    "sf_id": "export Salesforce Ids (15 or 18 characters)",
    "sf_datetime": "export datetimes as the Bulk API (2026-03-01T08:15:00.000Z) or Data Loader "
    "(2026-03-01T08:15:00.000+0000) writes them",
    "iso_date": "export dates as YYYY-MM-DD",
    "sf_boolean": "export booleans as true/false or 1/0",
    "integer": "export whole numbers without separators",
    "number": "export numbers with a decimal point",
    "decimal_comma": "export amounts in the Danish locale: decimal comma, no thousands separator",
    "rate_comma": "export rates in the Danish locale: decimal comma, no thousands separator",
    "dk_date": "export dates as DD-MM-YYYY (Danish locale)",
    "rate_month": "export rate months as YYYY-MM",
    "qualtrics_flag": "export Qualtrics' 'CSV, numeric values' (Finished as 1/0)",
    "iso_utc": "export timestamps as ISO 8601 UTC (2026-03-01T07:00:00Z)",
    "qualtrics_local": "export with Qualtrics' default date format (2026-03-01 09:15:03)",
}

DISTRIBUTION_STATUSES = (
    "Email Sent",
    "Email Opened",
    "Survey Started",
    "Survey Partially Finished",
    "Survey Finished",
    "Email Soft Bounce",
    "Email Hard Bounce",
    "Email Failed",
    "Opted Out",
)


@dataclass(frozen=True)
class Column:
    name: str
    parser: str = "text"
    required: bool = False
    # The only values SPEC §2 allows (compared after trimming); anything else is quarantined.
    choices: tuple[str, ...] = ()
    # May be absent from the header (its values are then NULL, said once in the run): an org
    # without multi-currency exports no CurrencyIsoCode.
    optional: bool = False
    # Qualtrics: the ImportId (header row 3) that identifies the column, and the row-1 labels
    # that identify it when row 3 does not.
    import_id: str | None = None
    labels: tuple[str, ...] = ()
    # The Settings attribute naming the source column, where orgs name it differently.
    setting: str | None = None

    @property
    def row1_labels(self) -> tuple[str, ...]:
        return (self.name, *self.labels)


@dataclass(frozen=True)
class ExtractKind:
    """One kind of extract file and the raw table it lands in."""

    system: str
    file_glob: str
    table: str
    columns: tuple[Column, ...]
    delimiter: str = ","
    header_rows: int = 1
    # Set on a kind a drop may leave out (SPEC §2.1: Task.csv): what a run without any says.
    when_never_delivered: str | None = None

    @property
    def is_qualtrics(self) -> bool:
        return self.header_rows == 3

    @property
    def extras_column(self) -> str:
        """The raw map of the file's other columns, by name: a survey's question columns
        (which measure each is: seeds/survey_questions.csv) and embedded data, or an org's
        custom fields. Kept in raw, ignored by the marts."""
        return "Answers" if self.is_qualtrics else "_extra_columns"


def _cols(*specs: str | tuple | Column) -> tuple[Column, ...]:
    return tuple(
        s if isinstance(s, Column) else Column(s) if isinstance(s, str) else Column(*s)
        for s in specs
    )


def _qualtrics(*specs: tuple) -> tuple[Column, ...]:
    """Qualtrics' fixed columns: (name, ImportId, parser, required, choices, other labels)."""

    def column(name, import_id, parser="text", required=False, choices=(), labels=()):
        return Column(name, parser, required, choices, import_id=import_id, labels=labels)

    return tuple(column(*spec) for spec in specs)


KINDS: tuple[ExtractKind, ...] = (
    ExtractKind(
        system="crm",
        file_glob="Account.csv",
        table="crm_accounts",
        columns=_cols(
            ("Id", "sf_id", True),
            "Name",
            "Type",
            "Industry",
            "BillingCountry",
            ("NumberOfEmployees", "integer"),
            ("AnnualRevenue", "number"),
            Column("CurrencyIsoCode", optional=True),
            ("OwnerId", "sf_id"),
            ("ParentId", "sf_id"),
            # The segment field's API name differs between orgs (LOYALTY_SEGMENT_FIELD).
            Column("Customer_Segment__c", optional=True, setting="segment_field"),
            ("CreatedDate", "sf_datetime"),
            ("SystemModstamp", "sf_datetime", True),
            ("IsDeleted", "sf_boolean"),
        ),
    ),
    ExtractKind(
        system="crm",
        file_glob="Contact.csv",
        table="crm_contacts",
        columns=_cols(
            ("Id", "sf_id", True),
            ("AccountId", "sf_id"),
            "FirstName",
            "LastName",
            "Email",
            "Title",
            "Department",
            ("CreatedDate", "sf_datetime"),
            ("SystemModstamp", "sf_datetime", True),
            ("IsDeleted", "sf_boolean"),
        ),
    ),
    ExtractKind(
        system="crm",
        file_glob="User.csv",
        table="crm_users",
        columns=_cols(
            ("Id", "sf_id", True),
            "Name",
            "Email",
            "Department",
            "Division",
            "Title",
            ("ManagerId", "sf_id"),
            ("IsActive", "sf_boolean"),
            ("CreatedDate", "sf_datetime"),
            ("SystemModstamp", "sf_datetime", True),
        ),
    ),
    ExtractKind(
        system="crm",
        file_glob="Case.csv",
        table="crm_cases",
        columns=_cols(
            ("Id", "sf_id", True),
            "CaseNumber",
            ("AccountId", "sf_id"),
            ("ContactId", "sf_id"),
            "Type",
            "Reason",
            "Priority",
            "Status",
            "Origin",
            "Subject",
            ("CreatedDate", "sf_datetime"),
            ("ClosedDate", "sf_datetime"),
            ("SystemModstamp", "sf_datetime", True),
            ("IsDeleted", "sf_boolean"),
            ("OwnerId", "sf_id"),
        ),
    ),
    ExtractKind(
        system="crm",
        file_glob="Task.csv",
        table="crm_tasks",
        when_never_delivered=(
            "no crm drop holds Task.csv: fct_follow_ups and mart_close_the_loop stay empty until "
            "the CRM exports its activity log (SPEC §2.1; the file is optional)"
        ),
        columns=_cols(
            ("Id", "sf_id", True),
            # A Contact (003…) or a Lead (00Q…); an Account (001…) or another object.
            ("WhoId", "sf_id"),
            ("WhatId", "sf_id"),
            ("OwnerId", "sf_id"),
            "Subject",
            "Type",
            "Status",
            "Priority",
            ("ActivityDate", "iso_date"),
            ("CreatedDate", "sf_datetime"),
            ("CompletedDateTime", "sf_datetime"),
            ("IsClosed", "sf_boolean"),
            ("SystemModstamp", "sf_datetime", True),
            ("IsDeleted", "sf_boolean"),
        ),
    ),
    ExtractKind(
        system="billing",
        file_glob="invoices.csv",
        table="billing_invoices",
        delimiter=";",
        columns=_cols(
            ("InvoiceNo", "text", True),
            ("DocumentType", "text", True, ("Invoice", "CreditNote")),
            "AccountId",
            ("InvoiceDate", "dk_date", True),
            ("DueDate", "dk_date"),
            ("Currency", "text", True),
            ("NetAmount", "decimal_comma", True),
            ("VatAmount", "decimal_comma"),
            ("Status", "text", True, ("Posted", "Void")),
        ),
    ),
    ExtractKind(
        system="billing",
        file_glob="fx_rates.csv",
        table="billing_fx_rates",
        delimiter=";",
        columns=_cols(
            ("RateMonth", "rate_month", True),
            ("Currency", "text", True),
            ("EurPerUnit", "rate_comma", True),
        ),
    ),
    ExtractKind(
        system="survey",
        file_glob="responses_*.csv",
        table="survey_responses",
        header_rows=3,
        columns=_qualtrics(
            ("StartDate", "startDate", "qualtrics_local"),
            ("EndDate", "endDate", "qualtrics_local"),
            ("Status", "status", "integer", True, ("0", "1", "2", "4", "8", "9", "12", "16", "17")),
            ("IPAddress", "ipAddress"),
            ("Progress", "progress", "integer"),
            # Qualtrics labels it `Duration (in seconds)`; older exports and hand edits `Duration`.
            ("Duration", "duration", "integer", False, (), ("Duration (in seconds)",)),
            ("Finished", "finished", "qualtrics_flag"),
            ("RecordedDate", "recordedDate", "qualtrics_local", True),
            ("ResponseId", "_recordId", "text", True),
            ("RecipientLastName", "recipientLastName"),
            ("RecipientFirstName", "recipientFirstName"),
            ("RecipientEmail", "recipientEmail"),
            ("ExternalReference", "externalDataReference"),
            ("LocationLatitude", "locationLatitude", "number"),
            ("LocationLongitude", "locationLongitude", "number"),
            ("DistributionChannel", "distributionChannel"),
            ("UserLanguage", "userLanguage"),
        ),
    ),
    ExtractKind(
        system="survey",
        file_glob="distribution_*.csv",
        table="survey_distributions",
        columns=_cols(
            ("DistributionId", "text", True),
            "SurveyId",
            "ContactExternalReference",
            "Email",
            ("Status", "text", True, DISTRIBUTION_STATUSES),
            ("SentDate", "iso_utc"),
            ("OpenedDate", "iso_utc"),
            ("ResponseStartedDate", "iso_utc"),
            ("ResponseCompletedDate", "iso_utc"),
            "ResponseId",
            ("RemindersSent", "integer"),
        ),
    ),
)

# Lineage columns added to every raw table.
LINEAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("_drop_date", "DATE"),
    ("_source_file", "VARCHAR"),
    ("_row_number", "BIGINT"),
    ("_loaded_at", "TIMESTAMP"),
)


def raw_table_ddl(kind: ExtractKind) -> str:
    """CREATE TABLE for a raw table: typed source columns, then survey extras, then lineage."""
    cols = [f'"{c.name}" {PARSERS[c.parser][0]}' for c in kind.columns]
    if kind.is_qualtrics:
        # The survey id comes from the file name.
        cols.insert(0, '"SurveyId" VARCHAR')
    cols.append(f'"{kind.extras_column}" MAP(VARCHAR, VARCHAR)')
    cols += [f'"{name}" {type_}' for name, type_ in LINEAGE_COLUMNS]
    return f"create table if not exists raw.{kind.table} (\n    " + ",\n    ".join(cols) + "\n)"


LEDGER_DDL = """
create table if not exists raw._load_ledger (
    system VARCHAR,
    drop_date DATE,
    source_file VARCHAR,
    raw_table VARCHAR,
    sha256 VARCHAR,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_quarantined BIGINT,
    loaded_at TIMESTAMP
)"""

QUARANTINE_DDL = """
create table if not exists raw._quarantine (
    system VARCHAR,
    drop_date DATE,
    source_file VARCHAR,
    raw_table VARCHAR,
    row_number BIGINT,
    column_name VARCHAR,
    raw_value VARCHAR,
    reason VARCHAR,
    loaded_at TIMESTAMP
)"""


IGNORED_DDL = """
create table if not exists raw._ignored_files (
    system VARCHAR,
    drop_date DATE,
    source_file VARCHAR,
    reason VARCHAR,
    noticed_at TIMESTAMP
)"""


def create_raw_schema(con) -> None:
    """Create the raw schema and every raw, ledger and quarantine table (idempotent)."""
    con.execute("create schema if not exists raw")
    for kind in KINDS:
        con.execute(raw_table_ddl(kind))
        # A build database from before custom columns were kept gains the column.
        con.execute(
            f'alter table raw.{kind.table} add column if not exists "{kind.extras_column}" '
            "MAP(VARCHAR, VARCHAR)"
        )
    con.execute(LEDGER_DDL)
    con.execute(QUARANTINE_DDL)
    con.execute(IGNORED_DDL)
