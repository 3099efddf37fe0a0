"""The landing-zone contract (SPEC §2) as data: every extract kind, its file and its typed columns.

The loader reads each file as text and types each column with the parser named here; a value
that does not parse sends its row to quarantine. The raw tables keep the source column names,
typed, plus lineage columns, and every version of every record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Parsers: name -> (DuckDB type, SQL that turns the text `{v}` into that type or NULL, what is expected).
# Timestamps are stored as naive TIMESTAMPs in UTC.
PARSERS: dict[str, tuple[str, str, str]] = {
    "text": ("VARCHAR", "{v}", "text"),
    "sf_id": (
        "VARCHAR",
        "case when regexp_full_match({v}, '[A-Za-z0-9]{{15}}([A-Za-z0-9]{{3}})?') then {v} end",
        "a Salesforce Id of 15 or 18 letters and digits",
    ),
    "sf_datetime": (
        "TIMESTAMP",
        "try_strptime({v}, ['%Y-%m-%dT%H:%M:%S.%gZ', '%Y-%m-%dT%H:%M:%SZ'])",
        "a UTC datetime like 2026-03-01T08:15:00.000Z",
    ),
    "iso_date": ("DATE", "cast(try_strptime({v}, '%Y-%m-%d') as date)", "a date like 2026-03-01"),
    "sf_boolean": (
        "BOOLEAN",
        "case lower({v}) when 'true' then true when 'false' then false end",
        "true or false",
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


@dataclass(frozen=True)
class ExtractKind:
    """One kind of extract file and the raw table it lands in."""

    system: str
    file_glob: str
    table: str
    columns: tuple[Column, ...]
    delimiter: str = ","
    header_rows: int = 1
    # Key columns that identify one record across versions (for documentation and checks).
    key: tuple[str, ...] = field(default_factory=tuple)

    @property
    def asset_name(self) -> str:
        return self.table


def _cols(*specs: str | tuple) -> tuple[Column, ...]:
    return tuple(Column(s) if isinstance(s, str) else Column(*s) for s in specs)


KINDS: tuple[ExtractKind, ...] = (
    ExtractKind(
        system="crm",
        file_glob="Account.csv",
        table="crm_accounts",
        key=("Id",),
        columns=_cols(
            ("Id", "sf_id", True),
            "Name",
            "Type",
            "Industry",
            "BillingCountry",
            ("NumberOfEmployees", "integer"),
            ("AnnualRevenue", "number"),
            "CurrencyIsoCode",
            ("OwnerId", "sf_id"),
            ("ParentId", "sf_id"),
            "Customer_Segment__c",
            ("CreatedDate", "sf_datetime"),
            ("SystemModstamp", "sf_datetime", True),
            ("IsDeleted", "sf_boolean"),
        ),
    ),
    ExtractKind(
        system="crm",
        file_glob="Contact.csv",
        table="crm_contacts",
        key=("Id",),
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
        key=("Id",),
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
        key=("Id",),
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
        system="billing",
        file_glob="invoices.csv",
        table="billing_invoices",
        delimiter=";",
        key=("InvoiceNo",),
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
        key=("RateMonth", "Currency"),
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
        key=("ResponseId",),
        columns=_cols(
            ("StartDate", "qualtrics_local"),
            ("EndDate", "qualtrics_local"),
            ("Status", "integer", True, ("0", "1", "2", "4", "8", "9", "12", "16", "17")),
            "IPAddress",
            ("Progress", "integer"),
            ("Duration", "integer"),
            ("Finished", "qualtrics_flag"),
            ("RecordedDate", "qualtrics_local", True),
            ("ResponseId", "text", True),
            "RecipientLastName",
            "RecipientFirstName",
            "RecipientEmail",
            "ExternalReference",
            ("LocationLatitude", "number"),
            ("LocationLongitude", "number"),
            "DistributionChannel",
            "UserLanguage",
        ),
    ),
    ExtractKind(
        system="survey",
        file_glob="distribution_*.csv",
        table="survey_distributions",
        key=("DistributionId", "ContactExternalReference"),
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
    if kind.table == "survey_responses":
        # The survey id comes from the file name; question columns differ between surveys,
        # so they are kept as a map of column id -> answer text (which measure: seeds/).
        cols.insert(0, '"SurveyId" VARCHAR')
        cols.append('"Answers" MAP(VARCHAR, VARCHAR)')
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


def create_raw_schema(con) -> None:
    """Create the raw schema and every raw, ledger and quarantine table (idempotent)."""
    con.execute("create schema if not exists raw")
    for kind in KINDS:
        con.execute(raw_table_ddl(kind))
    con.execute(LEDGER_DDL)
    con.execute(QUARANTINE_DDL)
