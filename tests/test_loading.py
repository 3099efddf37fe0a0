"""The loader: typing, quarantine, the ledger, and the Qualtrics and ERP format quirks."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from orchestration.config import SettingsError, settings
from orchestration.extracts import KINDS
from orchestration.landing import scan
from orchestration.loading import LoadError, connect, load_file, run
from tests.conftest import PROJECT_DIR, VENV_BIN

KIND = {k.table: k for k in KINDS}
BOM = "\ufeff"

ACCOUNT_HEADER = (
    "Id,Name,Type,Industry,BillingCountry,NumberOfEmployees,AnnualRevenue,CurrencyIsoCode,"
    "OwnerId,ParentId,Customer_Segment__c,CreatedDate,SystemModstamp,IsDeleted"
)
INVOICE_HEADER = (
    "InvoiceNo;DocumentType;AccountId;InvoiceDate;DueDate;Currency;NetAmount;VatAmount;Status"
)


def write_drop(landing: Path, system: str, date: str, files: dict[str, str], complete=True) -> Path:
    folder = landing / system / date
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    if complete:
        (folder / "_SUCCESS").touch()
    return folder


def load_all(con, landing: Path, table: str):
    kind = KIND[table]
    return [
        load_file(con, kind, drop, path, landing)
        for drop in scan(landing, kind.system).drops
        for path in sorted(drop.path.glob(kind.file_glob))
    ]


def test_accounts_are_typed_and_bad_rows_quarantined_with_reasons(tmp_path, con):
    landing = tmp_path / "landing"
    write_drop(
        landing,
        "crm",
        "2026-01-01",
        {
            "Account.csv": ACCOUNT_HEADER
            + '\n001000000000001AAA,"Acme, ""Nordic""\nA/S",Customer, manufacturing ,DK,120,'
            "1000000.5,DKK,005000000000001AAA,,Enterprise,2024-01-01T08:00:00.000Z,"
            "2024-02-01T08:00:00.000Z,false"
            "\n001000000000002AAA,Beta,Customer,,SE,many,,SEK,,,,2024-01-01T08:00:00.000Z,"
            "2024-02-01T08:00:00.000Z,false"
            "\n00100000000000,Short id,Customer,,SE,1,,SEK,,,,2024-01-01T08:00:00.000Z,"
            "2024-02-01T08:00:00.000Z,true"
            "\n001000000000004AAA,Too,many,columns,x,1,2,3,4,5,6,7,8,9,10\n"
        },
    )
    [result] = load_all(con, landing, "crm_accounts")
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (4, 1, 3)

    name, created, deleted, row = run(
        con, 'select "Name", "CreatedDate", "IsDeleted", _row_number from raw.crm_accounts'
    )[0]
    assert name == 'Acme, "Nordic"\nA/S'  # quoted comma, quote and newline survive
    assert created == dt.datetime(2024, 1, 1, 8, 0)
    assert (deleted, row) == (False, 1)

    reasons = dict(
        run(con, "select coalesce(column_name, 'line'), reason from raw._quarantine order by 1")
    )
    assert "expected a whole number" in reasons["NumberOfEmployees"]
    assert "Salesforce Id of 15 or 18" in reasons["Id"]
    assert "TOO MANY COLUMNS" in reasons["line"]
    ledger = run(con, "select rows_read, rows_loaded, rows_quarantined from raw._load_ledger")
    assert ledger == [(4, 1, 3)]


def test_billing_decimal_comma_danish_dates_and_bom(tmp_path, con):
    landing = tmp_path / "landing"
    write_drop(
        landing,
        "billing",
        "2026-02-01",
        {
            "invoices.csv": BOM
            + INVOICE_HEADER
            + "\nINV-1;Invoice;001000000000001;31-01-2026;28-02-2026;DKK;1234,50;308,63;Posted"
            "\nINV-2;CreditNote;;15-01-2026;;DKK;100;25;Posted"
            "\nINV-3;Invoice;001000000000001;31-02-2026;;DKK;10,00;0;Posted"
            "\nINV-4;Invoice;001000000000001;01-02-2026;;DKK;12.50;0;Posted"
            "\nINV-5;Refund;001000000000001;01-02-2026;;DKK;12,50;0;Posted"
            "\nINV-6;Invoice;001000000000001;01-02-2026;;DKK;12345678901234567;0;Posted\n",
        },
    )
    [result] = load_all(con, landing, "billing_invoices")
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (6, 2, 4)
    rows = run(
        con,
        'select "InvoiceNo", "InvoiceDate", "NetAmount"::varchar, "AccountId" '
        "from raw.billing_invoices order by 1",
    )
    assert rows == [
        ("INV-1", dt.date(2026, 1, 31), "1234.50", "001000000000001"),
        ("INV-2", dt.date(2026, 1, 15), "100.00", None),
    ]
    bad = run(con, "select column_name, raw_value from raw._quarantine order by row_number")
    assert bad == [
        ("InvoiceDate", "31-02-2026"),
        ("NetAmount", "12.50"),
        ("DocumentType", "Refund"),
        # Beyond DECIMAL(18,2): quarantined, where a cast used to refuse the whole file.
        ("NetAmount", "12345678901234567"),
    ]
    reason = run(con, "select reason from raw._quarantine where column_name = 'DocumentType'")
    assert reason == [("DocumentType: expected one of Invoice, CreditNote",)]


def test_reloading_is_a_no_op_and_a_changed_file_is_an_error(tmp_path, con):
    landing = tmp_path / "landing"
    folder = write_drop(
        landing,
        "billing",
        "2026-02-01",
        {
            "fx_rates.csv": BOM
            + "RateMonth;Currency;EurPerUnit\n2026-01;DKK;0,1341\n2026-01;EUR;1\n"
        },
    )
    assert [r.rows_loaded for r in load_all(con, landing, "billing_fx_rates")] == [2]
    assert [r.skipped for r in load_all(con, landing, "billing_fx_rates")] == [True]
    assert run(con, "select count(*) from raw.billing_fx_rates") == [(2,)]

    (folder / "fx_rates.csv").write_text("RateMonth;Currency;EurPerUnit\n2026-01;DKK;0,2\n")
    with pytest.raises(
        LoadError, match=r"billing/2026-02-01/fx_rates.csv: already loaded.*changed"
    ):
        load_all(con, landing, "billing_fx_rates")
    assert run(con, "select count(*) from raw.billing_fx_rates") == [(2,)]


def test_a_missing_column_rejects_the_file_and_keeps_earlier_loads(tmp_path, con):
    landing = tmp_path / "landing"
    write_drop(
        landing,
        "billing",
        "2026-01-01",
        {"fx_rates.csv": "RateMonth;Currency;EurPerUnit\n2026-01;EUR;1\n"},
    )
    write_drop(
        landing, "billing", "2026-01-02", {"fx_rates.csv": "RateMonth;Currency\n2026-01;EUR\n"}
    )
    with pytest.raises(
        LoadError, match=r"billing/2026-01-02/fx_rates.csv: missing column\(s\) EurPerUnit"
    ):
        load_all(con, landing, "billing_fx_rates")
    assert run(con, "select source_file from raw._load_ledger") == [
        ("billing/2026-01-01/fx_rates.csv",)
    ]
    assert run(con, "select count(*) from raw.billing_fx_rates") == [(1,)]


def test_incomplete_and_misnamed_drops_are_not_loaded_and_say_why(tmp_path):
    landing = tmp_path / "landing"
    write_drop(landing, "crm", "2026-01-01", {"User.csv": ""})
    write_drop(landing, "crm", "2026-01-03", {"User.csv": ""}, complete=False)
    write_drop(landing, "crm", "latest", {"User.csv": ""})
    found = scan(landing, "crm")
    assert [d.date for d in found.drops] == [dt.date(2026, 1, 1)]
    assert any("2026-01-03: no _SUCCESS" in s for s in found.skipped)
    assert any("latest: folder name is not a date" in s for s in found.skipped)


QUALTRICS_FIXED = [
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration", "Finished",
    "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
    "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel",
    "UserLanguage",
]  # fmt: skip


def qualtrics_file(rows: list[list[str]], tz="Europe/Copenhagen", header_rows=3) -> str:
    questions = ["QID1", "QID1_NPS_GROUP", "QID2_TEXT", "QID3", "QID4", "QID5"]
    names = QUALTRICS_FIXED + questions
    texts = [n.replace("Date", " Date") for n in names]
    meta = []
    for n in names:
        if n in ("StartDate", "EndDate", "RecordedDate"):
            meta.append(f'{{"ImportId":"{n[0].lower()}{n[1:]}","timeZone":"{tz}"}}')
        else:
            meta.append(f'{{"ImportId":"{n}"}}')
    header = [names, texts, meta][:header_rows]
    lines = [",".join('"' + v.replace('"', '""') + '"' for v in row) for row in header + rows]
    return BOM + "\n".join(lines) + "\n"


def response(rid: str, nps: str, recorded="2026-03-29 03:30:00", comment="") -> list[str]:
    fixed = [
        recorded, recorded, "0", "", "100", "60", "1", recorded, rid, "Doe", "Jane",
        "jane@example.com", "003000000000001AAA", "", "", "email", "EN",
    ]  # fmt: skip
    return fixed + [nps, "", comment, "4", "6", "5"]


def test_qualtrics_three_header_rows_time_zones_and_answer_scales(tmp_path, con):
    landing = tmp_path / "landing"
    write_drop(
        landing,
        "survey",
        "2026-04-01",
        {
            "responses_SV_6Vx0RelatNPS012.csv": qualtrics_file(
                [
                    response("R_ok", "9", comment='Great, "really"\nthanks 🎉'),
                    response("R_eleven", "11"),
                    response("R_text", "ten"),
                    response("R_blank", ""),
                ]
            )
        },
    )
    [result] = load_all(con, landing, "survey_responses")
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (4, 2, 2)
    rows = run(
        con,
        'select "ResponseId", "SurveyId", "RecordedDate", "Finished", "Answers"[\'QID1\'], '
        "\"Answers\"['QID2_TEXT'] from raw.survey_responses order by _row_number",
    )
    # 03:30 on 29 March 2026 in Copenhagen is summer time (UTC+2): 01:30 UTC.
    assert rows[0] == (
        "R_ok", "SV_6Vx0RelatNPS012", dt.datetime(2026, 3, 29, 1, 30), True, "9",
        'Great, "really"\nthanks 🎉',
    )  # fmt: skip
    assert rows[1][0] == "R_blank" and rows[1][4] is None
    reasons = run(con, "select raw_value, reason from raw._quarantine order by row_number")
    assert reasons == [
        ("11", "QID1 (nps): expected a whole number from 0 to 10"),
        ("ten", "QID1 (nps): expected a whole number from 0 to 10"),
    ]


def test_qualtrics_with_two_header_rows_or_unknown_zone_is_a_clear_error(tmp_path, con):
    landing = tmp_path / "landing"
    name = "responses_SV_6Vx0RelatNPS012.csv"
    write_drop(
        landing,
        "survey",
        "2026-04-01",
        {name: qualtrics_file([response("R_1", "9")], header_rows=2)},
    )
    with pytest.raises(LoadError, match="header row 3.*three header rows"):
        load_all(con, landing, "survey_responses")
    write_drop(
        landing,
        "survey",
        "2026-04-01",
        {name: qualtrics_file([response("R_1", "9")], tz="Mars/Olympus")},
    )
    with pytest.raises(LoadError, match="unknown time zone 'Mars/Olympus'"):
        load_all(con, landing, "survey_responses")
    assert run(con, "select count(*) from raw._load_ledger") == [(0,)]


def test_duckdb_spills_under_loyalty_temp_dir(tmp_path, monkeypatch):
    """LOYALTY_TEMP_DIR moves DuckDB's spill folder, for the loaders as for dbt; a missing folder
    is a clear error, not a failure in the middle of a large query."""
    spill, warehouse = tmp_path / "spill", tmp_path / "warehouse"
    monkeypatch.setenv("LOYALTY_TEMP_DIR", str(spill))
    with pytest.raises(SettingsError, match=r"LOYALTY_TEMP_DIR=.*spill.*no such folder"):
        settings()
    spill.mkdir()
    monkeypatch.setenv("LOYALTY_MEMORY_LIMIT", "30MB")
    con = connect(warehouse / "warehouse.duckdb")
    try:
        con.execute("set threads = 1")
        # A temporary table of ~100 MB lives in memory, and spills beyond 30 MB: into the
        # folder named after the database under LOYALTY_TEMP_DIR.
        con.execute("create temp table t as select md5(range::varchar) from range(2000000)")
        folders = {Path(p).parent for (p,) in run(con, "select path from duckdb_temporary_files()")}
        assert folders == {spill / "warehouse.duckdb.tmp"}
    finally:
        con.close()

    shown = subprocess.run(
        [VENV_BIN / "dbt", "show", "--inline", "select current_setting('temp_directory') as d",
         "--output", "json", "--log-format", "json", "--target-path", str(tmp_path / "target")],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300,
        env={**os.environ, "LOYALTY_WAREHOUSE_DIR": str(warehouse),
             "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stdout[-3000:]
    assert str(spill / "warehouse.duckdb.tmp") in shown.stdout
