"""A corpus of bad input, one test per case: what the loader does with each kind of broken file.

Every case starts from a valid SPEC §2 file, breaks it one way, and loads it into a database that
already holds an earlier valid drop of the same extract. The outcome is one of three:

- loaded: the file is fine as far as the loader is concerned (the dbt layers decide the rest);
- quarantined: the bad rows go to `raw._quarantine` with a reason that says what was expected;
- rejected: a `LoadError` whose message starts with the file and says how to fix it.

Whatever the outcome, the invariants of SPEC §2 hold: the ledger says rows_read = rows_loaded +
rows_quarantined for the file (and records nothing for a rejected file), and the earlier load is
untouched. Cases that only make sense after dbt (unknown account, missing FX rate, a future date,
duplicate ids) assert the loader's part here; `tests/test_end_to_end.py` covers the rest.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from orchestration.landing import scan
from orchestration.loading import LoadError, load_file, run
from tests.test_loading import (
    ACCOUNT_HEADER,
    BOM,
    INVOICE_HEADER,
    KIND,
    load_all,
    qualtrics_file,
    response,
    write_drop,
)

SURVEY_FILE = "responses_SV_6Vx0RelatNPS012.csv"
FILE_NAMES = {
    "crm_accounts": "Account.csv",
    "billing_invoices": "invoices.csv",
    "billing_fx_rates": "fx_rates.csv",
    "survey_responses": SURVEY_FILE,
    "survey_distributions": "distribution_SV_6Vx0RelatNPS012.csv",
    "crm_tasks": "Task.csv",
}
EARLIER, LATER = "2026-01-01", "2026-02-01"

# --- Valid SPEC-format templates ------------------------------------------------------------


def table(header: str, rows: list[list[str]], delimiter=",", bom=False) -> bytes:
    """A CSV file: the header, then rows quoted only where RFC 4180 needs it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header.split(delimiter))
    writer.writerows(rows)
    return ((BOM if bom else "") + out.getvalue()).encode("utf-8")


def account(i: int, **values: str) -> list[str]:
    row = dict(
        zip(
            ACCOUNT_HEADER.split(","),
            [f"001{i:012d}AAA", f"Account {i}", "Customer", "Manufacturing", "DK", "120",
             "1000000.5", "DKK", "005000000000001AAA", "", "Enterprise",
             "2024-01-01T08:00:00.000Z", "2024-02-01T08:00:00.000Z", "false"],
            strict=True,
        )
    )  # fmt: skip
    return list({**row, **values}.values())


def accounts(*rows: list[str], header: str = ACCOUNT_HEADER) -> bytes:
    return table(header, list(rows) or [account(1), account(2), account(3)])


TASK_HEADER = (
    "Id,WhoId,WhatId,OwnerId,Subject,Type,Status,Priority,ActivityDate,CreatedDate,"
    "CompletedDateTime,IsClosed,SystemModstamp,IsDeleted"
)


def task(i: int, **values: str) -> list[str]:
    row = dict(
        zip(
            TASK_HEADER.split(","),
            [f"00T{i:012d}AAA", "003000000000001AAA", "001000000000001AAA",
             "005000000000001AAA", "Follow-up call", "Call", "Completed", "Normal", "2026-01-20",
             "2026-01-20T09:00:00.000Z", "2026-01-20T09:30:00.000Z", "true",
             "2026-01-20T09:30:00.000Z", "false"],
            strict=True,
        )
    )  # fmt: skip
    return list({**row, **values}.values())


def tasks(*rows: list[str]) -> bytes:
    return table(TASK_HEADER, list(rows) or [task(1), task(2)])


def invoice(i: int, **values: str) -> list[str]:
    row = dict(
        zip(
            INVOICE_HEADER.split(";"),
            [f"INV-{i}", "Invoice", "001000000000001", "31-01-2026", "28-02-2026", "DKK",
             "1234,50", "308,63", "Posted"],
            strict=True,
        )
    )  # fmt: skip
    return list({**row, **values}.values())


def invoices(*rows: list[str], bom=True) -> bytes:
    return table(INVOICE_HEADER, list(rows) or [invoice(1), invoice(2)], ";", bom)


def responses(*rows: list[str], **kwargs) -> bytes:
    return qualtrics_file(
        list(rows) or [response("R_1", "9"), response("R_2", "7")], **kwargs
    ).encode("utf-8")


def with_answer(rid: str, column: int, value: str) -> list[str]:
    """A response whose question `column` (0 = QID1 … 5 = QID5) has `value`."""
    row = response(rid, "9")
    row[17 + column] = value
    return row


def crm_semicolons() -> bytes:
    return accounts().replace(b",", b";")


def latin1_row() -> bytes:
    return accounts(account(1), account(2, Name="K\u00f8benhavn A/S"), account(3)).replace(
        "\u00f8".encode(), b"\xf8"
    )


def latin1_header() -> bytes:
    return accounts().replace(b"BillingCountry", b"BillingC\xf8untry", 1)


def truncated_last_line() -> bytes:
    data = accounts()
    return data[: data.rindex(b"\n", 0, -1) + 40]


def truncated_middle_line() -> bytes:
    lines = accounts().split(b"\n")
    lines[2] = lines[2][:40]
    return b"\n".join(lines)


def unterminated_quote() -> bytes:
    return accounts(account(1), account(2, Name='"Beta'), account(3), account(4)).replace(
        b'"""Beta"', b'"Beta'
    )


def stray_quote() -> bytes:
    return accounts(account(1), account(2, Name="Beta"), account(3)).replace(
        b",Beta,", b',"Beta"Co,'
    )


def survey_question_named(name: str) -> bytes:
    """A survey whose last question column is called `name` (every header row, its ImportId
    in row 3 included: the loader keeps question columns by ImportId)."""
    data = responses().decode("utf-8")

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    lines = data.split("\n")
    lines[0] = lines[0].replace('"QID5"', quoted(name))
    lines[1] = lines[1].replace('"QID5"', quoted(name))
    lines[2] = lines[2].replace(
        quoted('{"ImportId":"QID5"}'), quoted(json.dumps({"ImportId": name}))
    )
    return "\n".join(lines).encode("utf-8")


def two_versions_of_one_id() -> bytes:
    return accounts(
        account(1, Name="Old name", SystemModstamp="2024-02-01T08:00:00.000Z"),
        account(1, Name="New name", SystemModstamp="2024-03-01T08:00:00.000Z"),
    )


# --- The corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad file and what must come of it."""

    id: str
    table: str
    data: Callable[[], bytes]
    loaded: int = 0
    # Quarantined rows: (row number, regex the reason must match) for each.
    quarantined: tuple[tuple[int, str], ...] = ()
    # A rejected file: regex the LoadError message must match after the file name (with the fix).
    error: str | None = None
    file_name: str | None = None
    # Further checks on the loaded rows: SQL over the file's raw rows, and the rows it returns.
    check: tuple[str, list[tuple]] | None = None

    @property
    def name(self) -> str:
        return self.file_name or FILE_NAMES[self.table]


NPS = r"QID1 \(nps\): expected a whole number from 0 to 10"
READ = r"cannot|expected|header|missing|separated"

CASES = [
    # The file as a whole.
    Case("empty file", "crm_accounts", lambda: b"",
         error=r"expected 1 header row\(s\), found 0; .*re-export it"),
    Case("only a byte-order mark", "billing_invoices", lambda: BOM.encode(),
         error=r"found 0; the file is empty or truncated — re-export it"),
    Case("header only", "crm_accounts", lambda: (ACCOUNT_HEADER + "\n").encode()),
    Case("missing required column", "crm_accounts",
         lambda: accounts(header=ACCOUNT_HEADER.replace(",SystemModstamp", "")),
         error=r"missing column\(s\) SystemModstamp; .*columns of SPEC §2"),
    Case("missing optional column", "billing_invoices",
         lambda: invoices().replace(b";VatAmount", b"", 1),
         error=r"missing column\(s\) VatAmount; .*columns of SPEC §2"),
    Case("extra unknown column", "crm_accounts",
         lambda: accounts(account(1) + ["Hot"], account(2) + ["Cold"],
                          header=ACCOUNT_HEADER + ",Rating__c"),
         loaded=2),
    Case("columns in another order", "crm_accounts",
         lambda: table(",".join(reversed(ACCOUNT_HEADER.split(","))),
                       [account(1)[::-1], account(2)[::-1]]),
         loaded=2,
         check=('select "Id", "Name", "NumberOfEmployees" from rows order by 1',
                [("001000000000001AAA", "Account 1", 120),
                 ("001000000000002AAA", "Account 2", 120)])),
    Case("header repeats a column (case-insensitively)", "crm_accounts",
         lambda: accounts(account(1) + ["x"], header=ACCOUNT_HEADER + ",ID"),
         error=r"repeats the column name\(s\) ID, Id .*re-export the file with unique names"),
    Case("wrong delimiter in billing (commas)", "billing_invoices",
         lambda: table(INVOICE_HEADER.replace(";", ","), [invoice(1)], ",", bom=True),
         error=r"single column separated by ','; invoices.csv files are separated by ';'"
               r".*re-export with ';'"),
    Case("wrong delimiter in CRM (semicolons)", "crm_accounts", crm_semicolons,
         error=r"separated by ';'; Account.csv files are separated by ','"),
    Case("binary file under an extract's name", "billing_invoices",
         lambda: b"\x1f\x8b\x08\x00\xff\xfe\x00\x01" * 64,
         error=r"the header is not valid UTF-8 \(byte \d+\); export the file as UTF-8"),
    Case("CRLF line endings", "crm_accounts", lambda: accounts().replace(b"\n", b"\r\n"),
         loaded=3),
    # Encoding and byte-order marks.
    Case("Latin-1 bytes in a row of a UTF-8 file", "crm_accounts", latin1_row, loaded=2,
         quarantined=((2, r"INVALID (ENCODING|UNICODE): .*export the file as UTF-8"),)),
    Case("Latin-1 bytes in the header", "crm_accounts", latin1_header,
         error=r"the header is not valid UTF-8 \(byte \d+\); export the file as UTF-8"),
    Case("BOM absent in billing", "billing_invoices", lambda: invoices(bom=False), loaded=2),
    Case("BOM doubled in billing", "billing_invoices",
         lambda: BOM.encode() + invoices(bom=True), loaded=2),
    Case("BOM absent in a Qualtrics file", "survey_responses",
         lambda: responses()[len(BOM.encode()):], loaded=2),
    Case("BOM in a CRM file", "crm_accounts", lambda: BOM.encode() + accounts(), loaded=3),
    # Splitting rows: quotes, line breaks, lengths.
    Case("truncated last line", "crm_accounts", truncated_last_line, loaded=2,
         quarantined=((3, r"MISSING COLUMNS: the row has fewer fields than the header"),)),
    Case("truncated line in the middle", "crm_accounts", truncated_middle_line, loaded=2,
         quarantined=((2, r"MISSING COLUMNS: .*truncated"),),
         check=('select "Id", _row_number from rows order by 2',
                [("001000000000001AAA", 1), ("001000000000003AAA", 3)])),
    Case("unbalanced quote (never closed)", "crm_accounts", unterminated_quote,
         error=r"line 3 opens a quote that is never closed.*deliver the file again"),
    Case("stray quote after a closing quote", "crm_accounts", stray_quote, loaded=2,
         quarantined=((2, r"UNQUOTED VALUE: a quote inside a field — quote the field"),)),
    Case("too many fields (unquoted delimiter)", "billing_invoices",
         lambda: invoices(invoice(1), invoice(2, Currency="DKK;EUR"), invoice(3)).replace(
             b'"DKK;EUR"', b"DKK;EUR"), loaded=2,
         quarantined=((2, r"TOO MANY COLUMNS: .*quote fields that contain the delimiter"),)),
    Case("quoted newline, comma and quote", "crm_accounts",
         lambda: accounts(account(1, Name='Acme, "Nordic"\nA/S'), account(2)), loaded=2,
         check=('select "Name", _row_number from rows order by 2',
                [('Acme, "Nordic"\nA/S', 1), ("Account 2", 2)])),
    Case("a 5 MB comment", "survey_responses",
         lambda: responses(response("R_1", "9"), response("R_2", "9", comment="x" * (5 << 20)),
                           response("R_3", "9")),
         loaded=2, quarantined=((2, r"LINE SIZE OVER MAXIMUM: .*longer than .*2 MB"),)),
    # Values outside their scale.
    Case("NPS 11", "survey_responses", lambda: responses(response("R_1", "9"),
         response("R_2", "11")), loaded=1, quarantined=((2, NPS),)),
    Case("NPS -1", "survey_responses", lambda: responses(response("R_1", "-1")),
         quarantined=((1, NPS),)),
    Case("NPS 7.5", "survey_responses", lambda: responses(response("R_1", "7.5")),
         quarantined=((1, NPS),)),
    Case('NPS "ten"', "survey_responses", lambda: responses(response("R_1", "ten")),
         quarantined=((1, NPS),)),
    Case("CSAT 0", "survey_responses", lambda: responses(with_answer("R_1", 3, "0")),
         quarantined=((1, r"QID3 \(csat\): expected a whole number from 1 to 5"),)),
    Case("CES 8", "survey_responses", lambda: responses(with_answer("R_1", 4, "8")),
         quarantined=((1, r"QID4 \(ces\): expected a whole number from 1 to 7"),)),
    Case("response status not in SPEC", "survey_responses",
         lambda: responses([*response("R_1", "9")[:2], "3", *response("R_1", "9")[3:]]),
         quarantined=((1, r"Status: expected one of 0, 1, 2, 4"),)),
    # Dates.
    Case("CRM datetime in the wrong format", "crm_accounts",
         lambda: accounts(account(1), account(2, CreatedDate="01/02/2024 08:00")), loaded=1,
         quarantined=((2, r"CreatedDate: expected a datetime like 2026-03-01T08:15"),)),
    Case("billing date in ISO format", "billing_invoices",
         lambda: invoices(invoice(1, InvoiceDate="2026-01-31")),
         quarantined=((1, r"InvoiceDate: expected a date like 31-12-2026"),)),
    Case("Qualtrics date in the wrong format", "survey_responses",
         lambda: responses(response("R_1", "9", recorded="29/03/2026 03:30")),
         quarantined=((1, r"RecordedDate: expected a local time like 2026-03-01 09:15:03"),)),
    Case("a date of 31-02", "billing_invoices",
         lambda: invoices(invoice(1), invoice(2, InvoiceDate="31-02-2026")), loaded=1,
         quarantined=((2, r"InvoiceDate: expected a date like 31-12-2026"),)),
    Case("a future date (loaded; int_months ignores months after the latest drop)",
         "billing_invoices", lambda: invoices(invoice(1, InvoiceDate="31-12-2099")), loaded=1),
    Case("unknown time zone", "survey_responses", lambda: responses(tz="Mars/Olympus"),
         error=r"unknown time zone 'Mars/Olympus'; use an IANA name such as Europe/Copenhagen"),
    Case("Qualtrics file with two header rows", "survey_responses",
         lambda: responses(header_rows=2),
         error=r"header row 3.*three header rows"),
    # Amounts and rates.
    Case("decimal point instead of comma in billing", "billing_invoices",
         lambda: invoices(invoice(1), invoice(2, NetAmount="1234.50")), loaded=1,
         quarantined=((2, r"NetAmount: expected an amount with a decimal comma"),)),
    Case("thousands separator in billing", "billing_invoices",
         lambda: invoices(invoice(1, VatAmount="1.308,63")),
         quarantined=((1, r"VatAmount: expected an amount with a decimal comma"),)),
    Case("negative FX rate", "billing_fx_rates",
         lambda: table("RateMonth;Currency;EurPerUnit", [["2026-01", "DKK", "-0,13"],
                       ["2026-01", "EUR", "1"]], ";", bom=True),
         loaded=1, quarantined=((1, r"EurPerUnit: expected a positive rate"),)),
    # Ids and references.
    Case("duplicate Ids inside one file (both versions kept; staging keeps the latest)",
         "crm_accounts", two_versions_of_one_id, loaded=2,
         check=('select "Name", _row_number from rows order by 2',
                [("Old name", 1), ("New name", 2)])),
    Case("an Id of 14 characters", "crm_accounts",
         lambda: accounts(account(1), account(2, Id="00100000000002")), loaded=1,
         quarantined=((2, r"Id: expected a Salesforce Id of 15 or 18 letters and digits"),)),
    Case("a required value blank", "billing_invoices",
         lambda: invoices(invoice(1, Status="")),
         quarantined=((1, r"Status is required"),)),
    Case("a value outside the SPEC's choices", "survey_distributions",
         lambda: table("DistributionId,SurveyId,ContactExternalReference,Email,Status,SentDate,"
                       "OpenedDate,ResponseStartedDate,ResponseCompletedDate,ResponseId,"
                       "RemindersSent",
                       [["EMD_1", "SV_6Vx0RelatNPS012", "003000000000001AAA", "a@b.dk",
                         "Email Exploded", "2026-03-01T07:00:00Z", "", "", "", "", "0"]]),
         quarantined=((1, r"Status: expected one of Email Sent, "),)),
    Case("an invoice for an unknown account (kept, reported as unmatched revenue)",
         "billing_invoices", lambda: invoices(invoice(1, AccountId="001999999999999")),
         loaded=1),
    Case("a currency without an FX rate (loaded; publishing is refused)", "billing_invoices",
         lambda: invoices(invoice(1, Currency="XYZ")), loaded=1),
    # The optional activity log (SPEC §2.1): every variant a real export writes loads.
    Case("a task on a Lead with a 15-character Id, Data Loader times and 1/0 booleans",
         "crm_tasks",
         lambda: tasks(task(1, WhoId="00Q000000000001", WhatId="", IsClosed="1",
                            CreatedDate="2026-01-20T09:00:00.000+0000", IsDeleted="0")),
         loaded=1,
         check=('select "WhoId", "WhatId", "IsClosed", "CreatedDate", "IsDeleted" from rows',
                [("00Q000000000001", None, True, dt.datetime(2026, 1, 20, 9), False)])),
    Case("a task created at a time in another format", "crm_tasks",
         lambda: tasks(task(1), task(2, CreatedDate="20/01/2026 09:00")), loaded=1,
         quarantined=((2, r"CreatedDate: expected a datetime like 2026-03-01T08:15:00.000Z"),)),
    Case("a task without an Id", "crm_tasks", lambda: tasks(task(1, Id="")),
         quarantined=((1, r"Id is required"),)),
    # SQL quoting.
    Case("column headers crafted to break SQL quoting", "crm_accounts",
         lambda: accounts(account(1) + ["1", "2"], account(2) + ["3", "4"],
                          header=ACCOUNT_HEADER + ',x"); drop table raw._load_ledger; --,'
                          "it's'; select 1; --"),
         loaded=2),
    Case("a survey question column crafted to break SQL quoting", "survey_responses",
         lambda: survey_question_named("Q'5\"]); drop table raw._load_ledger; --"), loaded=2,
         check=("select \"Answers\"['Q''5\"]); drop table raw._load_ledger; --'] from rows",
                [("5",), ("5",)])),
    Case("a file name crafted to break SQL quoting", "survey_responses", responses,
         file_name="responses_SV_x'; drop table raw._load_ledger; --\".csv", loaded=2,
         check=('select distinct "SurveyId" from rows',
                [("SV_x'; drop table raw._load_ledger; --\"",)])),
]  # fmt: skip

EARLIER_FILES = {
    "crm_accounts": lambda: accounts(account(101), account(102)),
    "billing_invoices": lambda: invoices(invoice(101), invoice(102)),
    "billing_fx_rates": lambda: table(
        "RateMonth;Currency;EurPerUnit", [["2025-12", "DKK", "0,1341"]], ";", bom=True
    ),
    "survey_responses": lambda: responses(response("R_101", "10")),
    "crm_tasks": lambda: tasks(task(101)),
    "survey_distributions": lambda: table(
        "DistributionId,SurveyId,ContactExternalReference,Email,Status,SentDate,OpenedDate,"
        "ResponseStartedDate,ResponseCompletedDate,ResponseId,RemindersSent",
        [["EMD_0", "SV_6Vx0RelatNPS012", "", "", "Email Sent", "2026-01-01T07:00:00Z"]
         + [""] * 4 + ["0"]],
    ),
}  # fmt: skip

LEDGER = (
    "select source_file, sha256, rows_read, rows_loaded, rows_quarantined from raw._load_ledger"
)


def load_earlier(db, landing: Path, table_name: str) -> tuple[list, list, list]:
    """A valid earlier drop, loaded; returns the state a later rejection must leave intact."""
    folder = landing / KIND[table_name].system / EARLIER
    folder.mkdir(parents=True)
    (folder / FILE_NAMES[table_name]).write_bytes(EARLIER_FILES[table_name]())
    (folder / "_SUCCESS").touch()
    load_all(db, landing, table_name)
    return state(db, table_name)


def state(db, table_name: str) -> tuple[list, list, list]:
    """The ledger (rows and checksums), the raw table and the quarantine, as they stand."""
    return (
        run(db, LEDGER + " order by 1"),
        run(db, f"select count(*), max(_loaded_at) from raw.{table_name}"),
        run(db, "select count(*) from raw._quarantine"),
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path, con):
    landing = tmp_path / "landing"
    before = load_earlier(con, landing, case.table)
    kind = KIND[case.table]
    folder = write_drop(landing, kind.system, LATER, {})
    path = folder / case.name
    path.write_bytes(case.data())
    [drop] = [d for d in scan(landing, kind.system).drops if d.date.isoformat() == LATER]
    source_file = f"{kind.system}/{LATER}/{case.name}"

    if case.error:
        with pytest.raises(LoadError) as raised:
            load_file(con, kind, drop, path, landing)
        message = str(raised.value)
        assert message.startswith(f"{source_file}: "), message
        assert _search(case.error, message), message
        assert state(con, case.table) == before  # nothing recorded, the earlier load intact
        return

    result = load_file(con, kind, drop, path, landing)
    n_quarantined = len(case.quarantined)
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (
        case.loaded + n_quarantined,
        case.loaded,
        n_quarantined,
    )
    [(read, loaded, quarantined)] = run(
        con,
        "select rows_read, rows_loaded, rows_quarantined from raw._load_ledger "
        "where source_file = ?",
        [source_file],
    )
    assert read == loaded + quarantined == case.loaded + n_quarantined
    rows = f"(select * from raw.{case.table} where _source_file = {_quote(source_file)})"
    assert run(con, f"select count(*) from {rows}") == [(case.loaded,)]
    problems = run(
        con,
        "select row_number, reason from raw._quarantine where source_file = ? order by 1, 2",
        [source_file],
    )
    assert sorted({row for row, _ in problems}) == [row for row, _ in case.quarantined]
    for row, pattern in case.quarantined:
        reasons = [reason for r, reason in problems if r == row]
        assert any(_search(pattern, reason) for reason in reasons), reasons
    if case.check:
        sql, expected = case.check
        assert run(con, sql.replace("from rows", f"from {rows} as file_rows")) == expected
    ledger, _, _ = state(con, case.table)
    assert ledger[0] == before[0][0]  # the earlier file's ledger row is unchanged


def _search(pattern: str, text: str) -> bool:
    import re

    return re.search(pattern, text, re.DOTALL) is not None


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# --- Drop-level cases: skipped with a logged reason ----------------------------------------


def test_a_drop_without_success_is_skipped_with_a_reason(tmp_path):
    landing = tmp_path / "landing"
    write_drop(landing, "billing", EARLIER, {"invoices.csv": invoices().decode("utf-8")})
    write_drop(landing, "billing", LATER, {"invoices.csv": ""}, complete=False)
    found = scan(landing, "billing")
    assert [d.date.isoformat() for d in found.drops] == [EARLIER]
    assert found.skipped == (f"billing/{LATER}: no _SUCCESS yet; not loaded",)


def test_a_drop_folder_whose_name_is_not_a_date_is_skipped_with_a_reason(tmp_path):
    landing = tmp_path / "landing"
    for name in ("2026-02-30", "20260201", "2026-W05-1", "latest"):
        write_drop(landing, "crm", name, {"Account.csv": ""})
    found = scan(landing, "crm")
    assert found.drops == ()
    assert sorted(found.skipped) == [
        f"crm/{name}: folder name is not a date YYYY-MM-DD; not loaded"
        for name in sorted(("2026-02-30", "20260201", "2026-W05-1", "latest"))
    ]


def test_a_drop_folder_linked_outside_the_landing_dir_is_skipped(tmp_path):
    landing = tmp_path / "landing"
    outside = write_drop(tmp_path / "elsewhere", "crm", LATER, {"Account.csv": ""})
    write_drop(landing, "crm", EARLIER, {"Account.csv": accounts().decode("utf-8")})
    os.symlink(outside, landing / "crm" / LATER)
    found = scan(landing, "crm")
    assert [d.date.isoformat() for d in found.drops] == [EARLIER]
    assert found.skipped == (
        f"crm/{LATER}: a symbolic link to a place outside the landing dir; not loaded — copy "
        "the delivery into the landing dir instead",
    )


def test_a_system_folder_linked_outside_the_landing_dir_is_skipped(tmp_path):
    landing = tmp_path / "landing"
    write_drop(tmp_path / "elsewhere", "crm", EARLIER, {"Account.csv": ""})
    landing.mkdir()
    os.symlink(tmp_path / "elsewhere" / "crm", landing / "crm")
    found = scan(landing, "crm")
    assert found.drops == ()
    assert found.skipped[0].startswith("crm/: a symbolic link to a place outside")


def test_a_file_linked_outside_the_landing_dir_is_refused_and_earlier_loads_kept(tmp_path, con):
    landing = tmp_path / "landing"
    before = load_earlier(con, landing, "crm_accounts")
    secret = tmp_path / "elsewhere" / "Account.csv"
    secret.parent.mkdir()
    secret.write_bytes(accounts())
    folder = write_drop(landing, "crm", LATER, {})
    os.symlink(secret, folder / "Account.csv")
    with pytest.raises(LoadError, match=r"^crm/2026-02-01/Account.csv: is a symbolic link to "
                       r".*outside the landing dir; not loaded — put the file itself"):  # fmt: skip
        load_all(con, landing, "crm_accounts")
    assert state(con, "crm_accounts") == before


def test_links_inside_a_linked_landing_dir_are_loaded(tmp_path, con):
    """The landing dir itself may be a link (a mounted share); links within it are fine."""
    real = tmp_path / "share"
    write_drop(real, "crm", EARLIER, {"Account.csv": accounts().decode("utf-8")})
    folder = write_drop(real, "crm", LATER, {})
    os.symlink(real / "crm" / EARLIER / "Account.csv", folder / "Account.csv")
    os.symlink(real, tmp_path / "landing")
    results = load_all(con, tmp_path / "landing", "crm_accounts")
    assert [r.rows_loaded for r in results] == [3, 3]


def test_an_unreadable_entry_under_an_extract_name_is_a_clear_error(tmp_path, con):
    landing = tmp_path / "landing"
    before = load_earlier(con, landing, "crm_accounts")
    folder = write_drop(landing, "crm", LATER, {})
    (folder / "Account.csv").mkdir()
    with pytest.raises(LoadError, match=r"^crm/2026-02-01/Account.csv: cannot be opened"):
        load_all(con, landing, "crm_accounts")
    assert state(con, "crm_accounts") == before


def test_a_landing_dir_whose_path_breaks_sql_quoting_loads(tmp_path, con):
    landing = tmp_path / "it's; drop table raw._load_ledger; --\"landing"
    write_drop(landing, "crm", EARLIER, {"Account.csv": accounts().decode("utf-8")})
    assert [r.rows_loaded for r in load_all(con, landing, "crm_accounts")] == [3]
    assert run(con, "select count(*) from raw._load_ledger") == [(1,)]


def test_the_corpus_covers_every_case_the_issue_names():
    names = " | ".join(c.id for c in CASES).lower()
    for words in (
        "empty file", "header only", "missing required", "extra unknown", "another order",
        "wrong delimiter", "decimal point", "latin-1", "bom absent", "bom doubled",
        "truncated last", "unbalanced quote", "quoted newline", "5 mb comment", "nps 11",
        "nps -1", "nps 7.5", 'nps "ten"', "csat 0", "wrong format", "31-02", "future date",
        "duplicate ids", "14 characters", "unknown account", "without an fx rate",
        "two header rows", "unknown time zone", "break sql quoting",
    ):  # fmt: skip
        assert words in names, words
    assert len(CASES) >= 30
    assert dt.date.fromisoformat(LATER) > dt.date.fromisoformat(EARLIER)
