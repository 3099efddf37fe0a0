"""GX suites and their Dagster checks, on a small hand-made warehouse in a temp DuckDB file."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.config import SettingsError, settings
from orchestration.extracts import KINDS, LINEAGE_COLUMNS, create_raw_schema
from orchestration.quality_report import write_report
from orchestration.state import (
    QUALITY_RESULTS,
    QUALITY_RESULTS_DDL,
    Publications,
    QualityHistory,
)
from orchestration.validation import (
    ENGINES,
    SuiteError,
    build_gx_checks,
    check_result,
    load_suites,
    transpile,
    validate,
)
from tests.conftest import PROJECT_DIR, duckdb_resources

SUITES = load_suites()
BY_NAME = {spec.name: spec for spec in SUITES}

ACCOUNT = "001000000000001AAA"
ACCOUNT_2 = "001000000000002AAA"
CONTACT = "003000000000001AAA"
USER = "005000000000001AAA"
LOADED_AT = "2026-03-02 06:00:00"

RAW_ROWS: dict[str, list[dict]] = {
    "crm_accounts": [
        {
            "Id": ACCOUNT,
            "Name": "Nordlys A/S",
            "Type": "Customer",
            "Industry": "Retail",
            "BillingCountry": "DK",
            "NumberOfEmployees": 120,
            "AnnualRevenue": 5_000_000,
            "CurrencyIsoCode": "DKK",
            "OwnerId": USER,
            "Customer_Segment__c": "Enterprise",
            "CreatedDate": "2024-01-01 00:00:00",
            "SystemModstamp": "2026-02-01 08:00:00",
            "IsDeleted": False,
        },
        {
            "Id": ACCOUNT_2,
            "Name": "Fjord Tech AB",
            "Industry": "Software",
            "OwnerId": USER,
            "CurrencyIsoCode": "SEK",
            "Customer_Segment__c": None,
            "SystemModstamp": "2026-02-01 08:00:00",
            "IsDeleted": False,
        },
        # A full extract holds every version of a record: the same Id again, moved segment.
        {
            "Id": ACCOUNT_2,
            "Name": "Fjord Tech AB",
            "Industry": "Software",
            "OwnerId": USER,
            "CurrencyIsoCode": "SEK",
            "Customer_Segment__c": "SMB",
            "SystemModstamp": "2026-02-20 08:00:00",
            "IsDeleted": False,
        },
    ],
    "crm_contacts": [
        {
            "Id": CONTACT,
            "AccountId": ACCOUNT,
            "FirstName": "Ida",
            "LastName": "Holm",
            "Email": "ida@nordlys.dk",
            "SystemModstamp": "2026-02-01 08:00:00",
            "IsDeleted": False,
        },
    ],
    "crm_users": [
        {
            "Id": USER,
            "Name": "Mads Berg",
            "Department": "Key Accounts Nordics",
            "Division": "Sales",
            "IsActive": True,
            "SystemModstamp": "2026-01-01 08:00:00",
        },
    ],
    "crm_cases": [
        {
            "Id": "500000000000001AAA",
            "CaseNumber": "00001",
            "AccountId": ACCOUNT,
            "Type": "Complaint",
            "Status": "Closed",
            "CreatedDate": "2026-02-10 09:00:00",
            "ClosedDate": "2026-02-12 09:00:00",
            "SystemModstamp": "2026-02-12 09:00:00",
            "IsDeleted": False,
            "OwnerId": USER,
        },
    ],
    "crm_tasks": [
        {
            "Id": "00T000000000001AAA",
            "WhoId": CONTACT,
            "WhatId": ACCOUNT,
            "OwnerId": USER,
            "Subject": "Follow-up call",
            "Type": "Call",
            "Status": "Completed",
            "ActivityDate": "2026-02-11",
            "CreatedDate": "2026-02-11 09:00:00",
            "CompletedDateTime": "2026-02-11 09:30:00",
            "IsClosed": True,
            "SystemModstamp": "2026-02-11 09:30:00",
            "IsDeleted": False,
        },
    ],
    "billing_invoices": [
        {
            "InvoiceNo": "INV-1",
            "DocumentType": "Invoice",
            "AccountId": ACCOUNT[:15],
            "InvoiceDate": "2026-02-03",
            "DueDate": "2026-03-05",
            "Currency": "DKK",
            "NetAmount": 1000.50,
            "VatAmount": 250.13,
            "Status": "Posted",
        },
        {
            "InvoiceNo": "CN-1",
            "DocumentType": "CreditNote",
            "AccountId": ACCOUNT,
            "InvoiceDate": "2026-02-20",
            "DueDate": "2026-02-20",
            "Currency": "DKK",
            "NetAmount": 100.00,
            "VatAmount": 25.00,
            "Status": "Posted",
        },
    ],
    "billing_fx_rates": [
        {"RateMonth": "2026-02-01", "Currency": "DKK", "EurPerUnit": 0.134},
        {"RateMonth": "2026-02-01", "Currency": "EUR", "EurPerUnit": 1},
    ],
    "survey_responses": [
        {
            "SurveyId": "SV_rel",
            "Status": 0,
            "Progress": 100,
            "Duration": 95,
            "Finished": True,
            "RecordedDate": "2026-02-15 10:00:00",
            "ResponseId": "R_1",
            "RecipientEmail": "ida@nordlys.dk",
            "ExternalReference": CONTACT,
        },
    ],
    "survey_distributions": [
        {
            "DistributionId": "EMD_1",
            "SurveyId": "SV_rel",
            "ContactExternalReference": CONTACT,
            "Email": "ida@nordlys.dk",
            "Status": "Survey Finished",
            "SentDate": "2026-02-14 07:00:00",
            "ResponseId": "R_1",
            "RemindersSent": 0,
        },
    ],
}


def nps_interval(promoters: int, detractors: int, answers: int) -> tuple[float, float, float]:
    """NPS and its adjusted-Wald interval as SPEC §3 defines them."""
    n = answers + 3
    p, d = (promoters + 0.75) / n, (detractors + 0.75) / n
    se = math.sqrt((p + d - (p - d) ** 2) / n)
    low, high = (max(-100.0, min(100.0, 100 * (p - d + s * 1.96 * se))) for s in (-1, 1))
    return 100 * (promoters - detractors) / answers, low, high


def nps_row(segment: str, promoters: int, passives: int, detractors: int) -> str:
    answers = promoters + passives + detractors
    nps, low, high = nps_interval(promoters, detractors, answers)
    return (
        f"(date '2026-02-01', '{segment}', {answers}, {promoters}, {passives}, {detractors}, "
        f"{nps}, {low}, {high}, null, null, 66.7, 5.5, 0.5, 4.0, 0.67)"
    )


MARTS_SQL = f"""
create schema marts;
create table marts.dim_customers as select * from (values
    ('{ACCOUNT}', 'Nordlys A/S', 'Retail', 'Enterprise', 'DK', '{USER}', 'Mads Berg',
     'Key Accounts Nordics', false),
    ('{ACCOUNT_2}', 'Fjord Tech AB', 'Software', 'Unknown', 'SE', '{USER}', 'Mads Berg',
     'Key Accounts Nordics', false)
) t(customer_id, name, industry, segment, country, account_manager_id, account_manager_name,
    department, is_deleted);
create table marts.dim_account_managers as select * from (values
    ('{USER}', 'Mads Berg', 'Key Accounts Nordics', 'Sales', null::varchar, true)
) t(account_manager_id, name, department, division, manager_id, is_active);
create table marts.fct_survey_responses as select * from (values
    ('R_1', 'SV_rel', timestamp '2026-02-15 09:00:00', date '2026-02-01', '{CONTACT}',
     '{ACCOUNT}', 'Enterprise', '{USER}', 'Key Accounts Nordics', 9, 'promoter', 5, 6, 4,
     'Quick answers', 0.0, 'neutral', 'en', 'waiting_time'),
    ('R_2', 'SV_rel', timestamp '2026-02-16 09:00:00', date '2026-02-01', '{CONTACT}',
     '{ACCOUNT}', 'Enterprise', '{USER}', 'Key Accounts Nordics', 4, 'detractor', 2, 3, null,
     null, null::double, null, null, null),
    ('R_3', 'SV_rel', timestamp '2026-02-17 09:00:00', date '2026-02-01', '{CONTACT}',
     '{ACCOUNT_2}', 'Unknown', '{USER}', 'Key Accounts Nordics', null, null, 4, null, 5, 'Fine',
     0.2023, 'positive', 'en', null)
) t(response_id, survey_id, recorded_at, response_month, contact_id, customer_id, segment,
    account_manager_id, department, nps_score, nps_category, csat_score, ces_score,
    appreciation_score, comment, comment_sentiment, comment_sentiment_label, comment_language,
    comment_themes);
create table marts.mart_comment_themes as select * from (values
    (date '2026-02-01', 'waiting_time', 1, 2, 50.00, 1, 9.00, 0.00, 100.00, 100.00, 0, null, null,
     null, null, 0.000, 0.00),
    (date '2026-02-01', 'price', 1, 2, 50.00, 1, 4.00, 100.00, 0.00, -100.00, 1, 100.00, -200.00,
     true, 1, -0.500, 100.00)
) t(month, theme, mentions, comments, share_of_comments, mentions_with_nps, avg_nps,
    detractor_share, promoter_share, nps_mentioning, rest_with_nps, nps_rest, nps_gap,
    gap_is_significant, impact_rank, avg_sentiment, negative_share);
create table marts.fct_invoices as select * from (values
    ('INV-1', 'Invoice', '{ACCOUNT}', date '2026-02-03', date '2026-02-01', 'DKK',
     1000.50::decimal(18,2), 134.07::decimal(18,2), 'EUR', 'Posted'),
    ('CN-1', 'CreditNote', '{ACCOUNT}', date '2026-02-20', date '2026-02-01', 'DKK',
     -100.00::decimal(18,2), -13.40::decimal(18,2), 'EUR', 'Posted')
) t(invoice_no, document_type, customer_id, invoice_date, invoice_month, currency, net_amount,
    net_amount_reporting, reporting_currency, status);
create table marts.mart_nps_monthly as select * from (values
    {nps_row("All", 2, 0, 1)},
    {nps_row("Enterprise", 1, 0, 1)},
    {nps_row("Unknown", 1, 0, 0)}
) t(month, segment, responses, promoters, passives, detractors, nps, nps_ci_low, nps_ci_high,
    nps_change, change_is_significant, csat, ces, ces_share_5_7, appreciation,
    appreciation_share_4_5);
create table marts.fin_revenue_reconciliation as select * from (values
    (date '2026-02-01', 'DKK', 900.50::decimal(18,2), 900.50::decimal(18,2),
     0.00::decimal(18,2), 0.00::decimal(18,2), 120.67::decimal(18,2), false)
) t(invoice_month, currency, source_net_amount, warehouse_net_amount, difference,
    unmatched_net_amount, net_amount_reporting, missing_fx_rate);
create table marts.mart_data_quality as select * from (values
    ('billing', date '2026-03-01', 'invoices.csv', 100, 98, 2, 'NetAmount: not an amount'),
    ('crm', date '2026-03-01', 'Account.csv', 2, 2, 0, null)
) t(system, drop_date, file, rows_read, rows_loaded, rows_quarantined, quarantine_reasons);
"""


def build_warehouse(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        create_raw_schema(con)
        system = {kind.table: kind.system for kind in KINDS}
        for table, rows in RAW_ROWS.items():
            for number, row in enumerate(rows, start=1):
                row = {
                    **row,
                    "_drop_date": "2026-03-01",
                    "_source_file": f"{system[table]}/2026-03-01/{table}.csv",
                    "_row_number": number,
                    "_loaded_at": LOADED_AT,
                }
                columns = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" for _ in row)
                con.execute(
                    f"insert into raw.{table} ({columns}) values ({marks})", list(row.values())
                )
        con.execute(MARTS_SQL)


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "warehouse.duckdb"
    build_warehouse(path)
    return path


def tamper(path: Path, sql: str) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(sql)


def only_failure(outcome):
    assert not outcome.success
    assert outcome.failed == 1, outcome.failures_markdown()
    return outcome.failures[0]


# ------------------------------------------------------------------------- suite files


def test_every_raw_table_and_every_mart_has_a_blocking_suite():
    raw = {("raw", kind.table) for kind in KINDS}
    marts = {("marts", path.stem) for path in (PROJECT_DIR / "models" / "marts").rglob("*.sql")}
    assert {spec.asset_key for spec in SUITES if spec.blocking} == raw | marts
    # Every extract also has a warning suite: unusual files are worth a look.
    assert raw <= {spec.asset_key for spec in SUITES if not spec.blocking}


@pytest.mark.parametrize("spec", SUITES, ids=lambda s: s.name)
def test_suite_file_is_a_valid_gx_suite(spec):
    suite = spec.gx_suite()
    assert len(suite.expectations) == len(spec.document["expectations"])
    # Blocking suites hold critical expectations, warning suites warnings: GX's own severity
    # tells a GX user the same thing as meta.blocking.
    wanted = "critical" if spec.blocking else "warning"
    assert {str(e.severity.value) for e in suite.expectations} == {wanted}
    assert spec.path.parent.name == spec.asset_key[0]
    # The audit assets name their underscored tables: raw/load_ledger is raw._load_ledger.
    assert spec.table.replace("._", ".") == ".".join(spec.asset_key)
    # Round trip through GX's serializer keeps the file's content.
    dumped = suite.to_json_dict()
    assert dumped["meta"] == spec.document["meta"]
    assert [e["type"] for e in dumped["expectations"]] == [
        e["type"] for e in spec.document["expectations"]
    ]


def test_raw_suites_name_exactly_the_loader_columns():
    with duckdb.connect() as con:
        create_raw_schema(con)
        for spec in (s for s in SUITES if s.blocking and s.asset_key[0] == "raw" and not s.query):
            (column_set,) = [
                e["kwargs"]["column_set"]
                for e in spec.document["expectations"]
                if e["type"] == "expect_table_columns_to_match_set"
            ]
            ddl = [row[0] for row in con.execute(f"describe {spec.table}").fetchall()]
            assert sorted(column_set) == sorted(ddl), spec.name
            assert set(spec.row_id_columns) <= {name for name, _ in LINEAGE_COLUMNS}


def test_an_unknown_expectation_type_is_an_error_not_a_silent_drop(tmp_path):
    document = json.loads(BY_NAME["dim_customers"].path.read_text())
    document["expectations"].append({"type": "expect_column_to_be_lovely", "kwargs": {}})
    (tmp_path / "marts").mkdir()
    (tmp_path / "marts" / "dim_customers.json").write_text(json.dumps(document))
    (spec,) = load_suites(tmp_path)
    with pytest.raises(SuiteError, match="expect_column_to_be_lovely"):
        spec.gx_suite()


def test_a_suite_without_blocking_flag_is_rejected(tmp_path):
    document = json.loads(BY_NAME["dim_customers"].path.read_text())
    del document["meta"]["blocking"]
    (tmp_path / "dim_customers.json").write_text(json.dumps(document))
    with pytest.raises(SuiteError, match="meta.blocking"):
        load_suites(tmp_path)


# ------------------------------------------------------------------------------ validate


# The hand-made warehouse holds the raw tables and the core marts; the suites of the other marts
# (and the cross-mart ones) run on real builds in test_end_to_end and test_demo_relationships,
# whose runs fail when a blocking check fails.
HAND_MADE_TABLES = {f"raw.{kind.table}" for kind in KINDS} | {
    f"marts.{name}" for name in re.findall(r"create table marts\.(\w+)", MARTS_SQL)
}
HAND_MADE = [s for s in SUITES if s.table in HAND_MADE_TABLES and not s.query]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("spec", HAND_MADE, ids=lambda s: s.name)
def test_suite_passes_on_a_good_warehouse(warehouse, spec, engine):
    outcome = validate(spec, warehouse, engine)
    assert outcome.success, outcome.failures_markdown()
    assert outcome.evaluated == len(spec.document["expectations"])
    assert outcome.failed == 0
    if spec.asset_key[0] == "raw":
        assert outcome.row_count == len(RAW_ROWS[spec.asset_key[1]])


def test_a_cent_of_reconciliation_difference_fails_the_blocking_suite(warehouse):
    tamper(
        warehouse,
        "update marts.fin_revenue_reconciliation "
        "set warehouse_net_amount = 900.49, difference = 0.01",
    )
    outcome = validate(BY_NAME["fin_revenue_reconciliation"], warehouse)
    assert not outcome.success
    columns = {f.column: f for f in outcome.failures}
    assert set(columns) == {"difference", "source_net_amount, warehouse_net_amount"}
    assert columns["difference"].unexpected == (Decimal("0.01"),)
    text = outcome.failures_markdown()
    assert "`0.01` (invoice_month=2026-02-01" in text and "currency=DKK" in text
    assert "to the cent" in text  # the expectation's note says what the failure means
    assert validate(BY_NAME["fin_revenue_reconciliation_warnings"], warehouse).success


def test_a_missing_fx_rate_fails_the_blocking_suite(warehouse):
    tamper(
        warehouse,
        "update marts.fin_revenue_reconciliation "
        "set missing_fx_rate = true, net_amount_reporting = null",
    )
    outcome = validate(BY_NAME["fin_revenue_reconciliation"], warehouse)
    assert {f.column for f in outcome.failures} == {"missing_fx_rate", "net_amount_reporting"}


# ------------------------------------------------------- references, volume and freshness

REFERENCE_SUITES = [s for s in SUITES if "_reference_" in s.name]


@pytest.mark.parametrize("spec", REFERENCE_SUITES, ids=lambda s: s.name)
def test_references_that_resolve_pass(warehouse, spec):
    assert validate(spec, warehouse).success


def test_a_contact_whose_account_is_missing_blocks_and_names_the_row(warehouse):
    tamper(warehouse, "update raw.crm_contacts set AccountId = '001000000000999AAA'")
    failure = only_failure(validate(BY_NAME["crm_contacts_reference_accounts"], warehouse))
    assert failure.column == "resolves_to_account"
    assert failure.observed.startswith("1 of 1 rows unexpected (100.0%)")
    assert "_source_file=crm/2026-03-01/crm_contacts.csv, _row_number=1" in str(failure)
    assert not validate(BY_NAME["crm_contacts_reference_accounts_warnings"], warehouse).success


SURVEY_FILE = "survey/2026-03-01/survey_responses.csv"
UNKNOWN_CONTACT = "003000000000999AAA"
ANONYMOUS = (None, None)


def add_responses(path: Path, *responses: tuple[str | None, str | None]) -> None:
    """Counting responses R_2, R_3, … (ExternalReference, RecipientEmail), after R_1's line."""
    with duckdb.connect(str(path)) as con:
        first = con.execute("select count(*) from raw.survey_responses").fetchone()[0] + 1
        for number, (reference, email) in enumerate(responses, start=first):
            con.execute(
                "insert into raw.survey_responses (SurveyId, Status, ResponseId, "
                '"ExternalReference", "RecipientEmail", _drop_date, _source_file, _row_number, '
                "_loaded_at) values ('SV_rel', 0, ?, ?, ?, '2026-03-01', ?, ?, ?)",
                [f"R_{number}", reference, email, SURVEY_FILE, number, LOADED_AT],
            )


REFERENCES = BY_NAME["survey_responses_reference_contacts"]
REFERENCES_WARNINGS = BY_NAME["survey_responses_reference_contacts_warnings"]


def test_anonymous_answers_never_block_nor_warn_however_many(warehouse):
    # 20 of 22 counting responses come through an anonymous link: blank or spaces for a
    # reference, an e-mail that matches no contact or none at all. One more has no reference
    # but is found by e-mail: not anonymous.
    anonymous = [("", "someone@elsewhere.example"), ("   ", None)] + [ANONYMOUS] * 18
    add_responses(warehouse, *anonymous, (None, " IDA@Nordlys.dk "))
    blocking = validate(REFERENCES, warehouse)
    assert blocking.success, blocking.failures_markdown()
    assert validate(REFERENCES_WARNINGS, warehouse).success
    assert blocking.figures == {
        "counting_responses": 22,
        "anonymous_answers": 20,
        "anonymous_share": 20 / 22,
        "responses_with_reference": 1,
        "unknown_references": 0,
        "unknown_reference_share": 0.0,
        "max_unknown_reference_share": 0.05,
    }
    # A survey answered only anonymously has no reference to judge, and passes.
    tamper(warehouse, 'update raw.survey_responses set "ExternalReference" = null')
    only_anonymous = validate(REFERENCES, warehouse)
    assert only_anonymous.success and validate(REFERENCES_WARNINGS, warehouse).success
    assert only_anonymous.figures["responses_with_reference"] == 0
    assert only_anonymous.figures["unknown_reference_share"] is None


def test_an_unknown_reference_warns_with_file_row_response_and_reference(warehouse):
    # 1 of 20 references (5.0 %) names no contact: reported, but not above the share that blocks.
    add_responses(warehouse, *[(CONTACT, None)] * 18, (UNKNOWN_CONTACT, None))
    assert validate(REFERENCES, warehouse).success
    failure = only_failure(validate(REFERENCES_WARNINGS, warehouse))
    assert failure.column == "reference_names_contact"
    assert failure.observed.startswith("1 of 20 rows unexpected (5.0%)")
    assert (
        f"(_source_file={SURVEY_FILE}, _row_number=20, ResponseId=R_20, "
        f"ExternalReference={UNKNOWN_CONTACT})"
    ) in str(failure)


def test_unknown_references_above_the_share_block_whatever_the_anonymous_answers(warehouse):
    # 2 of 20 references (10 %) name no contact; the 10 anonymous answers do not dilute them.
    add_responses(
        warehouse, *[(CONTACT, None)] * 17, *[(UNKNOWN_CONTACT, None)] * 2, *[ANONYMOUS] * 10
    )
    failure = only_failure(validate(REFERENCES, warehouse))
    assert failure.observed.startswith(
        "2 of 20 rows unexpected (10.0%), 10 more nulls not judged: `False`"
    )
    assert "mostly=0.95" in failure.params
    assert "ResponseId=R_19" in str(failure) and "ResponseId=R_20" in str(failure)


def test_an_unknown_reference_is_the_error_even_when_the_email_finds_the_contact(warehouse):
    tamper(
        warehouse,
        f"update raw.survey_responses set \"ExternalReference\" = '{UNKNOWN_CONTACT}', "
        "\"RecipientEmail\" = ' IDA@Nordlys.dk '",
    )
    outcome = validate(REFERENCES_WARNINGS, warehouse)
    assert only_failure(outcome).observed.startswith("1 of 1 rows unexpected (100.0%)")
    blocking = validate(REFERENCES, warehouse)
    assert not blocking.success
    assert (blocking.figures["unknown_references"], blocking.figures["anonymous_answers"]) == (1, 0)


def test_references_compare_on_the_first_15_characters_case_sensitively(warehouse):
    tamper(warehouse, "update raw.crm_contacts set \"Id\" = '0035e00000AbCdEQAZ'")
    for reference, names_a_contact in [
        ("0035e00000AbCdE", True),
        (" 0035e00000AbCdEXYZ ", True),
        ("0035E00000ABCDE", False),
        ("0035e00000AbCdEQAZ".lower(), False),
    ]:
        tamper(warehouse, f"update raw.survey_responses set \"ExternalReference\" = '{reference}'")
        assert validate(REFERENCES_WARNINGS, warehouse).success is names_a_contact, reference


def test_the_blocking_share_is_the_setting(warehouse, monkeypatch):
    # 1 of 20 references (5 %) names no contact.
    add_responses(warehouse, *[(CONTACT, None)] * 18, (UNKNOWN_CONTACT, None))
    monkeypatch.setenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE", "0.04")
    outcome = validate(REFERENCES, warehouse)
    assert "mostly=0.96" in only_failure(outcome).params
    assert outcome.figures["max_unknown_reference_share"] == 0.04
    monkeypatch.setenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE", "0")
    assert not validate(REFERENCES, warehouse).success
    add_responses(warehouse, *[(UNKNOWN_CONTACT, None)] * 3)  # now 4 of 23 (17.4 %)
    monkeypatch.setenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE", "0.2")
    assert validate(REFERENCES, warehouse).success
    monkeypatch.delenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE")
    assert not validate(REFERENCES, warehouse).success


@pytest.mark.parametrize("value", ["5%", "5", "-0.1", "five", "nan"])
def test_an_unknown_reference_share_that_is_no_ratio_is_refused(monkeypatch, value):
    monkeypatch.setenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE", value)
    with pytest.raises(
        SettingsError, match=rf"LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE='{value}'.*0\.05"
    ):
        settings()


def test_an_expectation_parameter_that_is_no_setting_is_rejected(tmp_path):
    document = json.loads(REFERENCES.path.read_text())
    document["expectations"][0]["kwargs"]["mostly"] = {"$PARAMETER": "1 - max_share"}
    (tmp_path / f"{REFERENCES.name}.json").write_text(json.dumps(document))
    with pytest.raises(SuiteError, match=r"\$PARAMETER uses unknown parameters \['max_share'\]"):
        load_suites(tmp_path)


@pytest.mark.parametrize("dialect", ["postgres", "spark"])
def test_the_reference_query_and_its_figures_translate_to_the_other_engines(dialect):
    # The suites run on PostgreSQL and Spark through sqlglot (docs/scaling.md); a share must stay
    # a fraction where integer division truncates (PostgreSQL).
    figures = ", ".join(f"{sql} as {name}" for name, sql in REFERENCES.figures.items())
    sql = transpile(f"select {figures} from ({REFERENCES.query}) as validated", dialect)
    assert "{{" not in sql and "0.05 AS max_unknown_reference_share" in sql
    if dialect == "postgres":
        assert "CAST(COUNT(CASE WHEN anonymous THEN 1 END) AS DOUBLE PRECISION) /" in sql


def test_the_check_and_the_quality_report_show_both_shares(warehouse, monkeypatch):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(warehouse.parent))
    # 2 of 3 references name no contact (66.7 %), 3 of 6 counting responses are anonymous.
    add_responses(warehouse, *[(UNKNOWN_CONTACT, None)] * 2, *[ANONYMOUS] * 3)

    @dg.asset(key=["raw", "survey_responses"])
    def responses() -> None: ...

    def run() -> tuple[dict, str]:
        result = dg.materialize(
            [responses, *build_gx_checks([REFERENCES, REFERENCES_WARNINGS])],
            instance=dg.DagsterInstance.ephemeral(),
            raise_on_error=False,
            resources=duckdb_resources(),
        )
        (evaluation,) = [
            e for e in result.get_asset_check_evaluations() if e.check_name == REFERENCES.check_name
        ]
        page = (warehouse.parent / "quality_report.html").read_text()
        return {"passed": evaluation.passed, **evaluation.metadata}, page

    check, page = run()
    assert not check["passed"]
    assert (check["anonymous_answers"].value, check["anonymous_share"].value) == (3, 0.5)
    assert (check["unknown_references"].value, check["unknown_reference_share"].value) == (
        2,
        2 / 3,
    )
    assert check["max_unknown_reference_share"].value == 0.05
    shares = (
        "anonymous answers 3; anonymous share 50.0%; responses with reference 3; "
        "unknown references 2; unknown reference share 66.7%; max unknown reference share 5.0%"
    )
    assert shares in page and "Publishing is refused" in page
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (figures,) = con.execute(
            f"select figures from {QUALITY_RESULTS} where check_name = ?", [REFERENCES.check_name]
        ).fetchone()
    assert json.loads(figures)["unknown_references"] == 2

    # Allowed up to 70 %, the check passes, and still shows both shares against the new limit.
    monkeypatch.setenv("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE", "0.7")
    check, page = run()
    assert check["passed"] and check["max_unknown_reference_share"].value == 0.7
    assert "anonymous share 50.0%" in page and "max unknown reference share 70.0%" in page
    assert "Every blocking check passed." in page


def test_a_history_begun_before_figures_gains_the_column(warehouse):
    old_ddl = QUALITY_RESULTS_DDL.replace(",\n    figures varchar", "")
    assert old_ddl != QUALITY_RESULTS_DDL
    tamper(
        warehouse,
        f"create schema quality; {old_ddl}; insert into {QUALITY_RESULTS} values ('run-0', "
        "timestamp '2026-03-01 07:00:00', 'gx_x', 'raw/x', 'raw.x', true, true, 1, 0, 1, 0.1, '')",
    )
    # `make report` reads it as it is, before any check has added the column.
    assert write_report(warehouse, warehouse.parent / "report.html").checks == 1
    QualityHistory().record(
        [(spec, validate(spec, warehouse)) for spec in (BY_NAME["dim_customers"], REFERENCES)],
        warehouse,
        "run-1",
        dt.datetime(2026, 3, 2, 7),
    )
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            f"select check_name, figures from {QUALITY_RESULTS} order by check_name"
        ).fetchall()
    assert rows[0] == ("gx_dim_customers", None) and rows[2] == ("gx_x", None)
    assert json.loads(rows[1][1])["counting_responses"] == 1


def test_unmatched_invoice_revenue_is_a_warning_with_its_share(warehouse):
    tamper(warehouse, "update raw.billing_invoices set AccountId = null where InvoiceNo = 'CN-1'")
    spec = BY_NAME["billing_invoices_reference_accounts_warnings"]
    assert not spec.blocking
    failure = only_failure(validate(spec, warehouse))
    assert failure.observed.startswith("1 of 2 rows unexpected (50.0%)")
    assert "InvoiceNo=CN-1" in str(failure)


def add_ledger(path: Path, loads: list[tuple[str, str, str, int]]) -> None:
    """Ledger rows (system, drop date, raw table, rows read) as the loaders write them."""
    with duckdb.connect(str(path)) as con:
        for system, drop_date, raw_table, rows_read in loads:
            con.execute(
                "insert into raw._load_ledger values (?, ?, ?, ?, 'sha', ?, ?, 0, ?)",
                [
                    system,
                    drop_date,
                    f"{system}/{drop_date}/x.csv",
                    raw_table,
                    rows_read,
                    rows_read,
                    LOADED_AT,
                ],
            )


def daily_invoice_loads(rows_by_day: list[int]) -> list[tuple[str, str, str, int]]:
    """A full first drop on Sunday 2026-03-01, then one delta drop a day."""
    start = dt.date(2026, 3, 1)
    loads = [("billing", start.isoformat(), "billing_invoices", 10_000)]
    for day, rows in enumerate(rows_by_day, start=1):
        loads.append(
            ("billing", (start + dt.timedelta(days=day)).isoformat(), "billing_invoices", rows)
        )
    return loads


def test_a_drop_of_more_than_half_is_a_volume_warning(warehouse):
    spec = BY_NAME["load_ledger_volume_warnings"]
    add_ledger(warehouse, daily_invoice_loads([100, 45]))
    failure = only_failure(validate(spec, warehouse))
    assert failure.column == "volume_ratio"
    assert "raw_table=billing_invoices, drop_date=2026-03-03, rows_read=45" in str(failure)
    # The first drop holds every record: it is never the baseline.
    assert "baseline_drop_date=2026-03-02" in str(failure)


def test_volume_compares_with_the_same_weekday_a_week_before(warehouse):
    spec = BY_NAME["load_ledger_volume_warnings"]
    # Mon 100 … Sun 30; the next Monday's 90 is compared with Monday's 100, not Sunday's 30.
    add_ledger(warehouse, daily_invoice_loads([100, 100, 100, 100, 100, 30, 30, 90]))
    assert validate(spec, warehouse).success
    tamper(warehouse, "update raw._load_ledger set rows_read = 40 where drop_date = '2026-03-09'")
    assert "baseline_drop_date=2026-03-02" in str(only_failure(validate(spec, warehouse)))


def test_a_small_table_is_not_judged_on_volume(warehouse):
    add_ledger(warehouse, daily_invoice_loads([99, 1]))
    assert validate(BY_NAME["load_ledger_volume_warnings"], warehouse).success


def test_a_source_without_a_recent_drop_is_a_freshness_warning(warehouse, monkeypatch):
    spec = BY_NAME["load_ledger_freshness_warnings"]
    add_ledger(
        warehouse,
        [
            ("crm", "2026-03-01", "crm_accounts", 3),
            ("billing", "2026-02-20", "billing_invoices", 2),
        ],
    )
    monkeypatch.setenv("LOYALTY_TODAY", "2026-03-03")
    monkeypatch.setenv("LOYALTY_FRESHNESS_DAYS", "3")
    failure = only_failure(validate(spec, warehouse))
    assert failure.observed.startswith("2 of 3 rows unexpected")
    assert "system=billing, latest_drop=2026-02-20, days_since_drop=11" in str(failure)
    assert "system=survey, latest_drop=null" in str(failure)
    monkeypatch.setenv("LOYALTY_FRESHNESS_DAYS", "11")
    assert "system=survey" in str(only_failure(validate(spec, warehouse)))


def test_freshness_settings_are_checked(monkeypatch):
    monkeypatch.setenv("LOYALTY_FRESHNESS_DAYS", "three")
    with pytest.raises(SettingsError, match="LOYALTY_FRESHNESS_DAYS='three'"):
        settings()
    monkeypatch.setenv("LOYALTY_FRESHNESS_DAYS", "3")
    monkeypatch.setenv("LOYALTY_TODAY", "22-11-2026")
    with pytest.raises(SettingsError, match="YYYY-MM-DD"):
        settings()


def test_a_query_with_an_unknown_parameter_is_rejected(tmp_path):
    document = json.loads(BY_NAME["load_ledger_freshness_warnings"].path.read_text())
    document["meta"]["query"] += " and {{ yesterday }} is not null"
    (tmp_path / "load_ledger_freshness_warnings.json").write_text(json.dumps(document))
    with pytest.raises(SuiteError, match=r"unknown parameters \['yesterday'\]"):
        load_suites(tmp_path)


def test_a_null_key_names_the_column(warehouse):
    tamper(warehouse, 'update raw.crm_users set "Id" = null')
    failure = only_failure(validate(BY_NAME["crm_users"], warehouse))
    assert failure.expectation == "expect_column_values_to_not_be_null"
    assert failure.column == "Id"
    assert failure.unexpected == (None,)
    assert "1 of 1 rows" in str(failure)


def test_an_out_of_range_nps_names_column_and_value(warehouse):
    tamper(warehouse, "update marts.mart_nps_monthly set nps = 101 where segment = 'All'")
    outcome = validate(BY_NAME["mart_nps_monthly"], warehouse)
    failures = {f.column: f for f in outcome.failures}
    assert failures["nps"].unexpected == (101,)
    assert failures["nps"].params == "min_value=-100, max_value=100"
    assert "`101` (month=2026-02-01" in outcome.failures_markdown()
    # 101 also lies above the interval's upper bound.
    assert set(failures) == {"nps", "nps_ci_high, nps"}


def test_the_nps_interval_check_exempts_only_single_answers(warehouse):
    # The Unknown row has one promoter: NPS 100 above its interval, by the SPEC formula.
    assert validate(BY_NAME["mart_nps_monthly"], warehouse).success
    tamper(
        warehouse, "update marts.mart_nps_monthly set nps_ci_low = nps + 1 where segment = 'All'"
    )
    failure = only_failure(validate(BY_NAME["mart_nps_monthly"], warehouse))
    assert failure.column == "nps, nps_ci_low"


def test_rows_read_must_equal_loaded_plus_quarantined(warehouse):
    tamper(
        warehouse, "update marts.mart_data_quality set rows_loaded = 97 where system = 'billing'"
    )
    failure = only_failure(validate(BY_NAME["mart_data_quality"], warehouse))
    assert failure.column == "rows_read, rows_accounted"
    assert failure.unexpected == ((100, 99),)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_null_in_a_column_pair_points_at_the_row(warehouse, engine):
    # GX's SQL engine compares a pair with one null as unknown and lets it through; pandas
    # counts it (after _plain_dtypes: DuckDB hands nullable integers over as Int32 with pd.NA).
    tamper(
        warehouse, "update marts.mart_nps_monthly set responses = null where segment = 'Unknown'"
    )
    outcome = validate(BY_NAME["mart_nps_monthly"], warehouse, engine)
    failures = {f.expectation: f for f in outcome.failures}
    null = failures["expect_column_values_to_not_be_null"]
    assert null.column == "responses"
    assert "segment=Unknown" in str(null)
    if engine == "pandas":
        assert failures["expect_column_pair_values_a_to_be_greater_than_b"].unexpected == (
            (None, 1),
        )


def test_every_column_pair_is_null_checked():
    """A pair rule over a nullable column passes its nulls on SQL: each needs a not-null rule,
    in the suite or, on a mart, dbt's (which owns them: expectations/README.md)."""
    manifest = json.loads((PROJECT_DIR / "target" / "manifest.json").read_text())
    dbt_not_null = {
        (
            node["depends_on"]["nodes"][0].split(".")[-1],
            node["test_metadata"]["kwargs"]["column_name"],
        )
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test"
        and (node.get("test_metadata") or {}).get("name") == "not_null"
    }
    unchecked = []
    for spec in SUITES:
        items = spec.document["expectations"]
        not_null = {e["kwargs"]["column"] for e in items if e["type"].endswith("_not_be_null")}
        not_null |= {column for model, column in dbt_not_null if model == spec.table.split(".")[1]}
        for item in items:
            kwargs = item["kwargs"]
            if not item["type"].startswith("expect_column_pair") or (
                kwargs.get("ignore_row_if") == "either_value_is_missing"
            ):
                continue
            for column in (kwargs["column_A"], kwargs["column_B"]):
                if column not in not_null:
                    unchecked.append(f"{spec.name}: {column}")
    assert not unchecked


def test_quarantine_share_is_a_warning_not_a_block(warehouse):
    tamper(
        warehouse,
        "update marts.mart_data_quality set rows_loaded = 50, rows_quarantined = 50 "
        "where system = 'billing'",
    )
    assert validate(BY_NAME["mart_data_quality"], warehouse).success
    failure = only_failure(validate(BY_NAME["mart_data_quality_warnings"], warehouse))
    assert failure.column == "quarantined_share"


def test_a_credit_note_with_positive_revenue_fails(warehouse):
    tamper(warehouse, "update marts.fct_invoices set net_amount = 100 where invoice_no = 'CN-1'")
    failure = only_failure(validate(BY_NAME["fct_invoices"], warehouse))
    assert failure.column == "net_amount"
    assert "document_type == CreditNote" in failure.params and failure.unexpected == (100,)


def test_nps_category_must_follow_the_score(warehouse):
    tamper(
        warehouse,
        "update marts.fct_survey_responses set nps_category = 'passive' where nps_score = 9",
    )
    failure = only_failure(validate(BY_NAME["fct_survey_responses"], warehouse))
    assert failure.column == "category_follows_score"
    assert failure.unexpected == (False,)
    assert "response_id=" in str(failure)


def test_a_category_without_a_score_fails(warehouse):
    # A pair rule would let (null, 'promoter') through on GX's SQL engine; the rule is null-safe.
    tamper(warehouse, "update marts.fct_survey_responses set nps_score = null where nps_score = 9")
    failure = only_failure(validate(BY_NAME["fct_survey_responses"], warehouse))
    assert failure.column == "category_follows_score"


def test_raw_failure_points_at_file_and_line(warehouse):
    tamper(
        warehouse,
        "update raw.billing_invoices set \"DocumentType\" = 'Refund' where \"InvoiceNo\" = 'CN-1'",
    )
    failure = only_failure(validate(BY_NAME["billing_invoices"], warehouse))
    assert failure.column == "DocumentType"
    assert failure.unexpected == ("Refund",)
    assert "_source_file=billing/2026-03-01/billing_invoices.csv, _row_number=2" in str(failure)


def test_a_drop_loaded_twice_fails_on_the_lineage_key(warehouse):
    tamper(warehouse, "insert into raw.crm_users select * from raw.crm_users")
    failure = only_failure(validate(BY_NAME["crm_users"], warehouse))
    assert failure.column == "_drop_date, _source_file, _row_number"
    assert "2 of 2 rows unexpected" in failure.observed
    assert "`{_drop_date=2026-03-01, _source_file=crm/2026-03-01/crm_users.csv" in str(failure)


def test_after_a_publication_raw_suites_read_only_the_files_loaded_since(warehouse, tmp_path):
    """Raw tables are append-only: a file validated by a run that published is not read again,
    a file loaded since is, and without a publication everything is."""
    from orchestration.engines.duckdb import publish_file

    publications = Publications()
    spec = BY_NAME["billing_invoices"]
    first_file = "billing/2026-03-01/billing_invoices.csv"
    tamper(
        warehouse,
        "update raw.billing_invoices set \"DocumentType\" = 'Refund' where \"InvoiceNo\" = 'CN-1'",
    )
    add_ledger_file(warehouse, "billing_invoices", first_file, LOADED_AT)
    bi_db = tmp_path / "bi.duckdb"
    publish_file(warehouse, bi_db)
    publications.record(warehouse, "run-1")
    since = publications.validated_until(warehouse)
    assert since == dt.datetime.fromisoformat(LOADED_AT)

    nothing_new = validate(spec, warehouse, since=since)
    assert nothing_new.success and nothing_new.evaluated == 0 and nothing_new.row_count == 0
    assert (
        "0 files loaded since the last publication at 2026-03-02 06:00:00"
        in nothing_new.failures_markdown()
    )

    second_file = "billing/2026-03-02/billing_invoices.csv"
    tamper(
        warehouse,
        f"insert into raw.billing_invoices select * replace ('{second_file}' as _source_file, "
        "date '2026-03-02' as _drop_date) from raw.billing_invoices",
    )
    add_ledger_file(warehouse, "billing_invoices", second_file, "2026-03-03 06:00:00")
    outcome = validate(spec, warehouse, since=since)
    failure = only_failure(outcome)
    assert second_file in str(failure) and first_file not in str(failure)
    rows = len(RAW_ROWS["billing_invoices"])
    assert outcome.row_count == rows and outcome.scope.startswith("1 file loaded since")

    everything = validate(spec, warehouse)
    assert everything.row_count == 2 * rows and everything.scope is None
    assert "2 of " in only_failure(everything).observed
    tamper(warehouse, "delete from quality.publications")
    assert publications.validated_until(warehouse) is None


def add_ledger_file(path: Path, raw_table: str, source_file: str, loaded_at: str) -> None:
    system, drop_date, _ = source_file.split("/")
    with duckdb.connect(str(path)) as con:
        con.execute(
            "insert into raw._load_ledger values (?, ?, ?, ?, 'sha', 1, 1, 0, ?)",
            [system, drop_date, source_file, raw_table, loaded_at],
        )


def test_unknown_currency_is_only_a_warning(warehouse):
    tamper(warehouse, "update raw.billing_invoices set \"Currency\" = 'XAU'")
    assert validate(BY_NAME["billing_invoices"], warehouse).success
    failure = only_failure(validate(BY_NAME["billing_invoices_warnings"], warehouse))
    assert (failure.column, failure.unexpected) == ("Currency", ("XAU", "XAU"))


def test_a_missing_column_is_named(warehouse):
    tamper(warehouse, 'alter table raw.billing_invoices drop column "Currency"')
    outcome = validate(BY_NAME["billing_invoices"], warehouse)
    assert not outcome.success
    assert "missing [Currency]" in outcome.failures_markdown()


def test_a_computed_column_that_needs_a_missing_column_cannot_be_evaluated(warehouse):
    # The mart's column set is its dbt contract's; GX says which of its rules could not run.
    tamper(warehouse, "alter table marts.mart_data_quality drop column rows_quarantined")
    outcome = validate(BY_NAME["mart_data_quality"], warehouse)
    assert not outcome.success
    assert "could not be evaluated" in outcome.failures_markdown()  # rows_accounted


def test_a_missing_table_fails_without_raising(warehouse, tmp_path):
    tamper(warehouse, "drop table marts.fct_invoices")
    outcome = validate(BY_NAME["fct_invoices"], warehouse)
    assert (outcome.success, outcome.evaluated, outcome.row_count) == (False, 0, None)
    assert "marts.fct_invoices` does not exist" in outcome.failures_markdown()

    outcome = validate(BY_NAME["fct_invoices"], tmp_path / "nowhere.duckdb")
    assert not outcome.success and "does not exist" in outcome.error
    assert not (tmp_path / "nowhere.duckdb").exists()


def test_a_writer_in_another_process_fails_the_check_without_raising(warehouse):
    holder = subprocess.Popen(
        [sys.executable, "-c", WRITER_HOLDING_THE_FILE, str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        outcome = validate(BY_NAME["dim_customers"], warehouse)
    finally:
        holder.communicate("")
    assert not outcome.success
    assert "lock" in outcome.error


WRITER_HOLDING_THE_FILE = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
con.close()
"""


def test_the_connection_is_closed_afterwards(warehouse):
    validate(BY_NAME["dim_customers"], warehouse)
    validate(BY_NAME["fct_invoices"], warehouse)
    tamper(warehouse, "drop table marts.fct_invoices")
    validate(BY_NAME["fct_invoices"], warehouse)
    # A read-only connection still open in this process would refuse a writer.
    with duckdb.connect(str(warehouse)) as writer:
        writer.execute("create table marts.after_validation as select 1 as x")


# -------------------------------------------------------------------------------- dagster


def test_one_check_per_suite_that_downstream_assets_wait_for():
    checks = build_gx_checks(own_steps=[dg.AssetKey(["raw", "load_ledger"])])
    # One step per layer, the ledger's apart: it is written after the raw tables.
    assert sorted(check.node_def.name for check in checks) == [
        "gx_marts",
        "gx_raw",
        "gx_raw_load_ledger",
    ]
    check_specs = [check_spec for check in checks for check_spec in check.check_specs]
    assert len(check_specs) == len(SUITES)
    by_name = {check_spec.name: check_spec for check_spec in check_specs}
    for spec in SUITES:
        check_spec = by_name[f"gx_{spec.name}"]
        assert check_spec.asset_key == dg.AssetKey(list(spec.asset_key))
        # Blocking in Dagster's sense orders every check before what is downstream; whether a
        # failure stops it is the result's severity (test_check_result_severity_follows_the_suite).
        assert check_spec.blocking
        assert check_spec.metadata["stops_publishing"] is spec.blocking
        assert check_spec.description == spec.description


def test_check_result_severity_follows_the_suite(warehouse):
    tamper(warehouse, "update marts.fct_invoices set currency = 'XAU'")
    blocking = BY_NAME["fct_invoices"]
    warning = BY_NAME["fct_invoices_warnings"]
    blocked = check_result(blocking, validate(blocking, warehouse))
    warned = check_result(warning, validate(warning, warehouse))
    assert blocked.passed and blocked.severity == dg.AssetCheckSeverity.ERROR
    assert not warned.passed and warned.severity == dg.AssetCheckSeverity.WARN
    assert warned.metadata["failed"].value == 1
    assert warned.metadata["engine"].value == "sql"
    assert warned.metadata["row_count"].value == 2
    assert "XAU" in warned.metadata["failures"].value


def materialize_mart_and_downstream(mart: str, instance: dg.DagsterInstance):
    """A stand-in for `mart` with its blocking and warning checks, and an asset downstream of it."""

    @dg.asset(key=["marts", mart])
    def checked() -> None: ...

    @dg.asset(deps=[checked])
    def published() -> None: ...

    specs = [BY_NAME[mart], BY_NAME[f"{mart}_warnings"]]
    return dg.materialize(
        [checked, published, *build_gx_checks(specs)],
        instance=instance,
        raise_on_error=False,
        resources=duckdb_resources(),
    )


def test_a_failed_blocking_check_stops_downstream_assets(warehouse, monkeypatch):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(warehouse.parent))
    tamper(warehouse, "update marts.fin_revenue_reconciliation set difference = 0.01")
    instance = dg.DagsterInstance.ephemeral()
    result = materialize_mart_and_downstream("fin_revenue_reconciliation", instance)
    # Headless runs show logs, not check metadata: the log names the failing value.
    logged = "\n".join(entry.user_message for entry in instance.all_logs(result.run_id))
    assert "gx_fin_revenue_reconciliation failed" in logged and "`0.01`" in logged
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert not evaluations["gx_fin_revenue_reconciliation"].passed
    assert evaluations["gx_fin_revenue_reconciliation"].severity == dg.AssetCheckSeverity.ERROR
    assert evaluations["gx_fin_revenue_reconciliation_warnings"].passed
    materialized = {e.asset_key for e in result.get_asset_materialization_events() if e.asset_key}
    assert dg.AssetKey("published") not in materialized
    # Both suite runs are kept in the build database's history, the blocking failure with its
    # check, mart and failing value.
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            f"""select check_name, asset_key, table_name, blocking, success,
                       expectations_evaluated, expectations_failed, row_count, failures
                from {QUALITY_RESULTS} where run_id = ? order by check_name""",
            [result.run_id],
        ).fetchall()
    assert [row[:5] for row in rows] == [
        ("gx_fin_revenue_reconciliation", "marts/fin_revenue_reconciliation",
         "marts.fin_revenue_reconciliation", True, False),
        ("gx_fin_revenue_reconciliation_warnings", "marts/fin_revenue_reconciliation",
         "marts.fin_revenue_reconciliation", False, True),
    ]  # fmt: skip
    evaluated, failed, row_count, failures = rows[0][5:]
    assert failed >= 1 and evaluated > failed and row_count > 0
    assert "`0.01`" in failures and "difference" in failures
    assert evaluations["gx_fin_revenue_reconciliation"].metadata["recorded_in"].value == (
        QUALITY_RESULTS
    )
    # The quality report page was kept current by the checks, though the run stopped.
    page = (warehouse.parent / "quality_report.html").read_text()
    assert "Publishing is refused: a blocking check failed." in page
    assert "<b>1</b>blocking failures" in page and "<b>1</b>passed" in page
    assert "<code>0.01</code>" in page


def test_a_failed_warning_check_lets_downstream_assets_run(warehouse, monkeypatch):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(warehouse.parent))
    tamper(warehouse, "update marts.fct_invoices set currency = 'XAU'")
    result = materialize_mart_and_downstream("fct_invoices", dg.DagsterInstance.ephemeral())
    assert result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert not evaluations["gx_fct_invoices_warnings"].passed
    assert evaluations["gx_fct_invoices_warnings"].severity == dg.AssetCheckSeverity.WARN
    materialized = {e.asset_key for e in result.get_asset_materialization_events() if e.asset_key}
    assert dg.AssetKey("published") in materialized
    page = (warehouse.parent / "quality_report.html").read_text()
    assert "Every blocking check passed." in page and "<b>1</b>warnings" in page


def test_the_quality_report_escapes_what_it_shows(warehouse):
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema quality")
        con.execute(QUALITY_RESULTS_DDL)
        con.execute(
            f"insert into {QUALITY_RESULTS} values ('run-1', timestamp '2026-03-02 07:00:00', "
            "'gx_x', 'raw/x', 'raw.x', false, false, 3, 1, 10, 0.5, "
            "'**1 of 3 expectations failed**:\n\n- `<script>alert(1)</script>` on `Name`. _why_', "
            "null)"
        )
    summary = write_report(warehouse, warehouse.parent / "report.html")
    assert (summary.checks, summary.passed, summary.warned, summary.failed) == (1, 0, 1, 0)
    page = (warehouse.parent / "report.html").read_text()
    assert "<script>" not in page
    assert "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>" in page and "<i>why</i>" in page
    assert "http" not in page  # nothing fetched from the network


def test_quality_results_keeps_every_run_of_every_check(warehouse, monkeypatch):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(warehouse.parent))

    @dg.asset(key=["marts", "dim_customers"])
    def customers() -> None: ...

    checks = build_gx_checks([BY_NAME["dim_customers"], BY_NAME["dim_customers_warnings"]])
    runs = [
        dg.materialize([customers, *checks], resources=duckdb_resources()).run_id for _ in range(2)
    ]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        kept = con.execute(
            f"select run_id, count(*), bool_and(success), min(checked_at) from {QUALITY_RESULTS} "
            "group by run_id order by min(checked_at)"
        ).fetchall()
    assert [(run_id, count, success) for run_id, count, success, _ in kept] == [
        (runs[0], 2, True),
        (runs[1], 2, True),
    ]
    # checked_at is UTC, without a time zone like every timestamp of the warehouse.
    assert abs(kept[-1][3] - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_a_check_on_a_missing_database_creates_nothing_and_says_it_was_not_recorded(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(tmp_path))

    @dg.asset(key=["marts", "dim_customers"])
    def customers() -> None: ...

    result = dg.materialize(
        [customers, *build_gx_checks([BY_NAME["dim_customers_warnings"]])],
        raise_on_error=False,
        resources=duckdb_resources(),
    )
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed
    assert evaluation.metadata["recorded_in"].value.startswith("not recorded")
    assert not (tmp_path / "warehouse.duckdb").exists()


def test_a_check_on_a_missing_table_reports_instead_of_raising(tmp_path, monkeypatch):
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(tmp_path))
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")):
        pass

    @dg.asset(key=["marts", "dim_customers"])
    def customers() -> None: ...

    result = dg.materialize(
        [customers, *build_gx_checks([BY_NAME["dim_customers"]])],
        raise_on_error=False,
        resources=duckdb_resources(),
    )
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed
    assert "`marts.dim_customers` does not exist" in evaluation.metadata["failures"].value
    # The step fails only the way a failed blocking check does, not with an error of its own.
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert failure.step_failure_data.error.cls_name == "DagsterAssetCheckFailedError"
