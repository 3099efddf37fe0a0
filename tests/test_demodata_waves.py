"""The generator's second world, `--profile waves`: a company whose exports differ from the demo's.

Two short survey waves a year and no support survey (most months have no answer), an anonymous
link beside the invitations, EUR only, few complaints, parent accounts, and Salesforce files as
Data Loader writes them. Each test fails if one of those shapes is lost, because the loader and
the marts are proven against them (SPEC §2.1–2.3).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter

import pytest

from demodata import generate
from demodata.__main__ import main
from tests.test_demodata import CRM_COLUMNS, drop_dirs, latest, rows_by_drop, tree_bytes

REL, SUP = "SV_6Vx0RelatNPS012", "SV_9Zq1SupportCS34"
START, END = dt.date(2024, 11, 1), dt.date(2026, 11, 30)  # END: the profile's own
DATA_LOADER_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000")
FX_HEADER_ONLY = "\ufeffRateMonth;Currency;EurPerUnit\r\n".encode()
WAVE_MONTHS = {3, 4, 9, 10}  # sent in March and September, the last answers a few weeks later


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    root = tmp_path_factory.mktemp("waves") / "landing"
    generate(root, 60, 5, START, None, 3, mess_rate=0.02, progress=False, profile="waves")
    return root


@pytest.fixture(scope="module")
def responses(waves) -> dict[str, dict[str, str]]:
    rows = rows_by_drop(waves, "survey", f"responses_{REL}.csv", header_rows=3)
    return latest(rows, "ResponseId")


def counting_nps(row: dict[str, str]) -> bool:
    return row["Status"] in ("0", "4", "16") and bool(re.fullmatch(r"\d|10", row["QID1"]))


def test_answers_come_only_in_the_spring_and_autumn_waves(waves, responses):
    months = Counter(r["RecordedDate"][:7] for r in responses.values() if counting_nps(r))
    assert {int(m[5:]) for m in months} <= WAVE_MONTHS, months
    assert {"2025-03", "2025-09", "2026-03", "2026-09"} <= set(months)
    span = (END.year - START.year) * 12 + END.month - START.month + 1
    assert len(months) < span / 2  # most months have no NPS answer
    assert END.isoformat()[:7] not in months  # nor has the latest month of the data


def test_there_is_no_support_survey(waves):
    report = json.loads((waves / "_generator.json").read_text())
    assert list(report["surveys"]) == [REL] and report["parameters"]["profile"] == "waves"
    for d in drop_dirs(waves, "survey"):
        assert not list(d.glob(f"*{SUP}*"))
        assert {p.name for p in d.iterdir()} == {
            f"responses_{REL}.csv",
            f"distribution_{REL}.csv",
            "_SUCCESS",
        }


def test_about_five_percent_of_answers_come_through_the_anonymous_link(waves, responses):
    contacts = latest(rows_by_drop(waves, "crm", "Contact.csv"), "Id", "SystemModstamp")
    emails = {c["Email"].strip().lower() for c in contacts.values()}
    invited = {
        r["ResponseId"]
        for _, r in rows_by_drop(waves, "survey", f"distribution_{REL}.csv")
        if r["ResponseId"]
    }
    counting = [r for r in responses.values() if r["Status"] in ("0", "4", "16")]
    anonymous = [r for r in counting if r["DistributionChannel"] == "anonymous"]
    assert 0.03 < len(anonymous) / len(counting) < 0.08, (len(anonymous), len(counting))
    for r in anonymous:
        assert r["Status"] == "0" and r["ExternalReference"] == ""
        assert r["RecipientEmail"] == "" or r["RecipientEmail"].lower() not in emails
        assert r["ResponseId"] not in invited  # no invitation row
    assert any(r["RecipientEmail"] for r in anonymous)
    assert any(r["RecipientEmail"] == "" for r in anonymous)


def test_one_currency_needs_no_rates_and_no_currency_column(waves):
    invoices = rows_by_drop(waves, "billing", "invoices.csv", delimiter=";")
    assert invoices and {r["Currency"] for _, r in invoices} == {"EUR"}
    for d in drop_dirs(waves, "billing"):
        assert (d / "fx_rates.csv").read_bytes() == FX_HEADER_ONLY
    for d in drop_dirs(waves, "crm"):
        header = (d / "Account.csv").read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        assert "CurrencyIsoCode" not in header


def test_salesforce_files_are_written_as_data_loader_writes_them(waves):
    for d in drop_dirs(waves, "crm"):
        for name, spec in CRM_COLUMNS.items():  # a single-currency org has no CurrencyIsoCode
            header = (d / name).read_text(encoding="utf-8").split("\n", 1)[0].split(",")
            expected = [c for c in spec.split(",") if c != "CurrencyIsoCode"]
            expected += ["Region__c"] if name == "Account.csv" else []
            assert sorted(header) == sorted(expected) and header != expected, name
    for name, booleans in (("Case.csv", ["IsDeleted"]), ("User.csv", ["IsActive"]),
                           ("Task.csv", ["IsDeleted", "IsClosed"])):  # fmt: skip
        for _, row in rows_by_drop(waves, "crm", name):
            assert DATA_LOADER_DATETIME.fullmatch(row["CreatedDate"])
            assert DATA_LOADER_DATETIME.fullmatch(row["SystemModstamp"])
            assert all(row[b] in ("1", "0") for b in booleans)
    accounts = [r for _, r in rows_by_drop(waves, "crm", "Account.csv")]
    assert {r["IsDeleted"] for r in accounts} == {"1", "0"}
    assert {r["Region__c"] for r in accounts} >= {"Nordics", "DACH"}


def test_survey_timestamps_are_in_utc_as_row_three_says(waves, responses):
    with (drop_dirs(waves, "survey")[0] / f"responses_{REL}.csv").open(
        encoding="utf-8-sig", newline=""
    ) as f:
        meta = [json.loads(cell) for cell in list(csv.reader(f))[2]]
    assert [m["timeZone"] for m in meta if "timeZone" in m] == ["Z", "Z", "Z"]
    invitations = latest(rows_by_drop(waves, "survey", f"distribution_{REL}.csv"), "ResponseId")
    checked = 0
    for row in responses.values():
        invite = invitations.get(row["ResponseId"])
        if invite and invite["Status"] == "Survey Finished":
            assert row["StartDate"].replace(" ", "T") + "Z" == invite["ResponseStartedDate"]
            checked += 1
    assert checked > 100


def test_parent_accounts_exist_and_form_no_cycle(waves):
    accounts = latest(rows_by_drop(waves, "crm", "Account.csv"), "Id", "SystemModstamp")
    parent = {i: a["ParentId"] for i, a in accounts.items() if a["ParentId"]}
    assert len(parent) >= 0.05 * len(accounts)
    for child in parent:
        seen, node = {child}, child
        while node in parent:
            node = parent[node]
            assert node in accounts, f"{child} has a parent that is no account"
            assert node not in seen, f"cycle through {child}"
            seen.add(node)


def test_many_months_have_no_complaint(waves):
    cases = latest(rows_by_drop(waves, "crm", "Case.csv"), "Id", "SystemModstamp")
    months = {
        c["CreatedDate"][:7]
        for c in cases.values()
        if c["Type"].strip().lower() == "complaint" and c["IsDeleted"] == "0"
    }
    assert cases and len(months) < 12  # of 25 months


def test_same_arguments_same_bytes_from_thirty_accounts_and_on_the_command_line(tmp_path):
    args = ["--accounts", "30", "--seed", "2", "--start", "2025-06-01", "--delta-days", "2"]
    assert main(["--out", str(tmp_path / "cli"), "--profile", "waves", "--quiet", *args]) == 0
    generate(tmp_path / "a", 30, 2, dt.date(2025, 6, 1), None, 2, progress=False, profile="waves")
    generate(tmp_path / "b", 30, 2, dt.date(2025, 6, 1), None, 2, progress=False, profile="waves")
    a = tree_bytes(tmp_path / "a")
    assert a == tree_bytes(tmp_path / "b") == tree_bytes(tmp_path / "cli")
    assert len(a) == 1 + 3 * 3 + 3 * (5 + 2 + 2)  # report, _SUCCESS and nine file kinds a drop
    with pytest.raises(SystemExit):  # argparse names the profiles there are
        main(["--out", str(tmp_path / "bad"), "--profile", "nope", "--quiet"])
