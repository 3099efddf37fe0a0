"""The demo extract generator: formats of SPEC §2, determinism, drops, and realistic behaviour.

The expected headers are spelled out here from the SPEC rather than imported from the
generator, so a change to the generator's columns fails these tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import zoneinfo
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from demodata import generate, sf_id18
from demodata.__main__ import main
from tests.conftest import qualtrics_names

START, END = dt.date(2024, 11, 1), dt.date(2026, 10, 31)
DELTA_DAYS = 5
REL, SUP = "SV_6Vx0RelatNPS012", "SV_9Zq1SupportCS34"
ZONES = {REL: "Europe/Copenhagen", SUP: "Europe/Stockholm"}

CRM_COLUMNS = {
    "Account.csv": "Id,Name,Type,Industry,BillingCountry,NumberOfEmployees,AnnualRevenue,"
    "CurrencyIsoCode,OwnerId,ParentId,Customer_Segment__c,CreatedDate,SystemModstamp,IsDeleted",
    "Contact.csv": "Id,AccountId,FirstName,LastName,Email,Title,Department,CreatedDate,"
    "SystemModstamp,IsDeleted",
    "User.csv": "Id,Name,Email,Department,Division,Title,ManagerId,IsActive,CreatedDate,"
    "SystemModstamp",
    "Case.csv": "Id,CaseNumber,AccountId,ContactId,Type,Reason,Priority,Status,Origin,Subject,"
    "CreatedDate,ClosedDate,SystemModstamp,IsDeleted,OwnerId",
    "Task.csv": "Id,WhoId,WhatId,OwnerId,Subject,Type,Status,Priority,ActivityDate,CreatedDate,"
    "CompletedDateTime,IsClosed,SystemModstamp,IsDeleted",
}
BILLING_COLUMNS = {
    "invoices.csv": "InvoiceNo;DocumentType;AccountId;InvoiceDate;DueDate;Currency;NetAmount;"
    "VatAmount;Status",
    "fx_rates.csv": "RateMonth;Currency;EurPerUnit",
}
# Row 1 of a Qualtrics export: the labels Qualtrics writes (SPEC §2.3) ...
RESPONSE_LABELS = [
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
    "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
    "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel",
    "UserLanguage",
]  # fmt: skip
QUESTION_LABELS = {
    REL: ["Q1", "Q1_NPS_GROUP", "Q2", "Q3", "Q4", "Q5", "Q3_DO"],
    SUP: ["Q1", "Q2", "Q3", "Q2_DO"],
}
EXTRA_COLUMNS = ["Q_RecaptchaScore", "Q_RelevantIDDuplicate", "Q_RelevantIDDuplicateScore",
                 "Q_RelevantIDFraudScore", "Q_BallotBoxStuffing", "Q_Language", "Region"]  # fmt: skip
# ... and row 3: the ImportIds by which the loader knows each column.
RESPONSE_IMPORT_IDS = [
    "startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
    "recordedDate", "_recordId", "recipientLastName", "recipientFirstName", "recipientEmail",
    "externalDataReference", "locationLatitude", "locationLongitude", "distributionChannel",
    "userLanguage",
]  # fmt: skip
QUESTIONS = {
    REL: ["QID1", "QID1_NPS_GROUP", "QID2_TEXT", "QID3", "QID4", "QID5", "QID3_DO"],
    SUP: ["QID1", "QID2", "QID3_TEXT", "QID2_DO"],
}
SCALES = {
    REL: {"QID1": (0, 10), "QID3": (1, 5), "QID4": (1, 7), "QID5": (1, 5)},
    SUP: {"QID1": (1, 7), "QID2": (1, 5)},
}
DISTRIBUTION_COLUMNS = (
    "DistributionId,SurveyId,ContactExternalReference,Email,Status,SentDate,OpenedDate,"
    "ResponseStartedDate,ResponseCompletedDate,ResponseId,RemindersSent"
)
DISTRIBUTION_STATUSES = {
    "Email Sent",
    "Email Opened",
    "Survey Started",
    "Survey Partially Finished",
    "Survey Finished",
    "Email Soft Bounce",
    "Email Hard Bounce",
    "Email Failed",
    "Opted Out",
}
SF_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z")
ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
LOCAL = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------
def drop_dirs(root: Path, system: str) -> list[Path]:
    return sorted(p for p in (root / system).iterdir() if p.is_dir())


def read_rows(path: Path, delimiter: str = ",", header_rows: int = 1) -> list[dict[str, str]]:
    """Rows keyed by column name; a Qualtrics export's (three header rows) by row-3 ImportId."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        names = next(reader)
        if header_rows == 3:
            next(reader)
            names = qualtrics_names(names, next(reader))
        return [dict(zip(names, values, strict=True)) for values in reader]


def rows_by_drop(root: Path, system: str, name: str, **kw) -> list[tuple[str, dict[str, str]]]:
    return [(d.name, row) for d in drop_dirs(root, system) for row in read_rows(d / name, **kw)]


def latest(rows, key: str, order: str | None = None) -> dict[str, dict[str, str]]:
    """Current version per key: by `order` column (then later drop), or simply the later drop."""
    out: dict[str, tuple] = {}
    for drop, row in rows:
        rank = (row[order], drop) if order else (drop,)
        if row[key] not in out or rank >= out[row[key]][0]:
            out[row[key]] = (rank, row)
    return {k: v[1] for k, v in out.items()}


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


# ------------------------------------------------------------------------------------------------
# fixtures
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def landing(tmp_path_factory) -> Path:
    """Two years of 300 accounts, a full drop and five daily deltas, mess at 3 %."""
    root = tmp_path_factory.mktemp("demodata") / "landing"
    generate(root, 300, 7, START, END, DELTA_DAYS, mess_rate=0.03, progress=False)
    return root


@pytest.fixture(scope="module")
def report(landing) -> dict:
    return json.loads((landing / "_generator.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def contacts(landing) -> dict[str, dict[str, str]]:
    return latest(rows_by_drop(landing, "crm", "Contact.csv"), "Id", "SystemModstamp")


@pytest.fixture(scope="module")
def responses(landing) -> list[tuple[str, dict[str, str]]]:
    return rows_by_drop(landing, "survey", f"responses_{REL}.csv", header_rows=3)


@pytest.fixture(scope="module")
def invoices(landing) -> list[tuple[str, dict[str, str]]]:
    return rows_by_drop(landing, "billing", "invoices.csv", delimiter=";")


# ------------------------------------------------------------------------------------------------
# Salesforce Ids
# ------------------------------------------------------------------------------------------------
def test_sf_id18_against_hand_computed_examples():
    # 001A0 -> only 'A' (position 3) is uppercase: 0b01000 = 8 -> 'I';
    # 00000 -> 0 -> 'A'; 6Vm9r -> 'V' (position 1): 0b00010 = 2 -> 'C'.
    assert sf_id18("001A0000006Vm9r") == "001A0000006Vm9rIAC"
    # All five uppercase: 31 -> '5'.
    assert sf_id18("ABCDEABCDEABCDE") == "ABCDEABCDEABCDE555"
    # Only the last character of the last block: 0b10000 = 16 -> 'Q'.
    assert sf_id18("00000000000000A") == "00000000000000AAAQ"
    assert sf_id18("abcdeabcdeabcde") == "abcdeabcdeabcdeAAA"
    assert sf_id18("001A0000006Vm9rIAC") == "001A0000006Vm9rIAC"
    with pytest.raises(ValueError):
        sf_id18("001A0000006Vm9")
    with pytest.raises(ValueError):
        sf_id18("001A0000006Vm9rAAA")


def test_every_salesforce_id_carries_its_checksum_and_key_prefix(landing):
    prefixes = {"Account.csv": "001", "Contact.csv": "003", "User.csv": "005", "Case.csv": "500",
                "Task.csv": "00T"}  # fmt: skip
    for name, prefix in prefixes.items():
        ids = {row["Id"] for _, row in rows_by_drop(landing, "crm", name)}
        assert ids
        for sf_id in ids:
            assert len(sf_id) == 18 and sf_id.startswith(prefix), sf_id
            assert sf_id18(sf_id[:15]) == sf_id


# ------------------------------------------------------------------------------------------------
# Determinism and drops
# ------------------------------------------------------------------------------------------------
def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    args = dict(start=dt.date(2025, 6, 1), end=dt.date(2026, 3, 31), delta_days=3, progress=False)
    generate(tmp_path / "a", 60, 5, **args)
    generate(tmp_path / "b", 60, 5, **args)
    generate(tmp_path / "c", 60, 6, **args)
    a, b, c = (tree_bytes(tmp_path / x) for x in "abc")
    assert len(a) == 1 + 3 * 4 + 4 * (5 + 2 + 4)  # report, _SUCCESS and 11 file kinds per drop
    assert a == b
    assert a.keys() == c.keys()
    assert a != c


def test_rerun_replaces_the_drops_of_an_earlier_run(tmp_path):
    generate(tmp_path, 20, 1, dt.date(2025, 1, 1), dt.date(2025, 6, 30), 2, progress=False)
    generate(tmp_path, 20, 1, dt.date(2025, 1, 1), dt.date(2025, 5, 31), 1, progress=False)
    assert [p.name for p in drop_dirs(tmp_path, "crm")] == ["2025-05-30", "2025-05-31"]


def test_full_drop_then_one_delta_per_day_each_complete(landing):
    expected = [
        (END - dt.timedelta(days=DELTA_DAYS - i)).isoformat() for i in range(DELTA_DAYS + 1)
    ]
    kinds = {
        "crm": set(CRM_COLUMNS),
        "billing": set(BILLING_COLUMNS),
        "survey": {f"{k}_{s}.csv" for k in ("responses", "distribution") for s in (REL, SUP)},
    }
    for system, files in kinds.items():
        drops = drop_dirs(landing, system)
        assert [d.name for d in drops] == expected
        for d in drops:
            success = d / "_SUCCESS"
            assert success.is_file() and success.stat().st_size == 0
            assert {p.name for p in d.iterdir()} == files | {"_SUCCESS"}
            newest_file = max(p.stat().st_mtime_ns for p in d.iterdir() if p.name != "_SUCCESS")
            assert success.stat().st_mtime_ns >= newest_file


def test_full_drop_holds_history_and_deltas_hold_that_days_changes(landing):
    full_date = drop_dirs(landing, "crm")[0].name
    for name in CRM_COLUMNS:
        seen: set[tuple] = set()
        history_before_start = False
        for drop, row in rows_by_drop(landing, "crm", name):
            day = row["SystemModstamp"][:10]
            key = tuple(row.values())
            if drop == full_date:
                assert day <= full_date
                history_before_start |= day < START.isoformat()
            else:
                # A delta holds that day's changes; anything else is an identical re-send.
                assert day == drop or key in seen, (name, drop, row)
            seen.add(key)
        if name != "Case.csv":
            assert history_before_start, name


# ------------------------------------------------------------------------------------------------
# Formats
# ------------------------------------------------------------------------------------------------
def test_crm_files_are_bulk_api_csv(landing):
    for d in drop_dirs(landing, "crm"):
        for name, header in CRM_COLUMNS.items():
            raw = (d / name).read_bytes()
            assert not raw.startswith(b"\xef\xbb\xbf")
            assert raw.decode("utf-8").split("\n", 1)[0] == header
    for _, row in rows_by_drop(landing, "crm", "Case.csv"):
        assert SF_DATETIME.fullmatch(row["CreatedDate"])
        assert SF_DATETIME.fullmatch(row["SystemModstamp"])
        assert row["ClosedDate"] == "" or SF_DATETIME.fullmatch(row["ClosedDate"])
        assert (row["ClosedDate"] != "") == (row["Status"] == "Closed")
        assert row["IsDeleted"] in ("true", "false")
    accounts = [row for _, row in rows_by_drop(landing, "crm", "Account.csv")]
    assert {r["Customer_Segment__c"] for r in accounts} == {"Enterprise", "Mid-Market", "SMB", ""}
    assert {r["IsDeleted"] for r in accounts} == {"true", "false"}
    # Names with commas and quotes survive RFC 4180 quoting.
    assert any("," in r["Name"] for r in accounts) and any('"' in r["Name"] for r in accounts)


def test_billing_files_use_the_danish_erp_dialect(landing, invoices):
    for d in drop_dirs(landing, "billing"):
        for name, header in BILLING_COLUMNS.items():
            raw = (d / name).read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf" + header.encode() + b"\r\n")
    for _, row in invoices:
        assert re.fullmatch(r"\d+,\d\d", row["NetAmount"]) and money(row["NetAmount"]) > 0
        assert re.fullmatch(r"\d+,\d\d", row["VatAmount"])
        assert re.fullmatch(r"\d\d-\d\d-\d{4}", row["InvoiceDate"])
        assert re.fullmatch(r"\d\d-\d\d-\d{4}", row["DueDate"])
        assert row["DocumentType"] in ("Invoice", "CreditNote")
        assert row["Status"] in ("Posted", "Void")
    fx = rows_by_drop(landing, "billing", "fx_rates.csv", delimiter=";")
    for _, row in fx:
        assert re.fullmatch(r"\d{4}-\d\d", row["RateMonth"])
        assert re.fullmatch(r"\d+,\d{6,8}", row["EurPerUnit"])


def test_fx_rates_cover_every_month_and_currency_plausibly(landing):
    rates = latest(
        [
            (d, {**r, "key": f"{r['RateMonth']}/{r['Currency']}"})
            for d, r in rows_by_drop(landing, "billing", "fx_rates.csv", delimiter=";")
        ],
        "key",
    )
    months = {f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)}
    months = {m for m in months if START.isoformat()[:7] <= m <= END.isoformat()[:7]}
    typical = {"EUR": 1, "DKK": 0.134, "SEK": 0.088, "NOK": 0.086, "USD": 0.92, "GBP": 1.17}
    assert {k.split("/")[0] for k in rates} == months
    for key, row in rates.items():
        value = float(row["EurPerUnit"].replace(",", "."))
        assert abs(value / typical[row["Currency"]] - 1) < 0.25, key
        if row["Currency"] == "EUR":
            assert value == 1
    assert len(rates) == 6 * len(months)


def test_response_exports_have_qualtrics_labels_texts_and_import_ids_with_time_zones(landing):
    for d in drop_dirs(landing, "survey"):
        for survey in (REL, SUP):
            path = d / f"responses_{survey}.csv"
            assert path.read_bytes().startswith(b"\xef\xbb\xbfStartDate,EndDate,")
            with path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.reader(f)
                labels, texts, meta = next(reader), next(reader), next(reader)
            assert labels == RESPONSE_LABELS + QUESTION_LABELS[survey] + EXTRA_COLUMNS
            assert texts[:2] == ["Start Date", "End Date"] and texts[8] == "Response ID"
            assert texts[5] == "Duration (in seconds)"
            infos = [json.loads(m) for m in meta]
            import_ids = [i["ImportId"] for i in infos]
            assert import_ids == RESPONSE_IMPORT_IDS + QUESTIONS[survey] + EXTRA_COLUMNS
            for import_id, info in zip(import_ids, infos, strict=True):
                if import_id in ("startDate", "endDate", "recordedDate"):
                    assert info == {"ImportId": import_id, "timeZone": ZONES[survey]}
                else:
                    assert info == {"ImportId": import_id}
            dist = (d / f"distribution_{survey}.csv").read_bytes()
            assert dist.decode("utf-8").split("\n", 1)[0] == DISTRIBUTION_COLUMNS


def test_extra_qualtrics_columns_hold_plausible_values(responses):
    rows = [r for _, r in responses]
    for r in rows:
        assert 0 <= float(r["Q_RecaptchaScore"]) <= 1
        assert r["Q_RelevantIDDuplicate"] in ("", "true")
        assert 0 <= int(r["Q_RelevantIDDuplicateScore"]) <= 100
        assert 0 <= int(r["Q_RelevantIDFraudScore"]) <= 100
        assert r["Q_BallotBoxStuffing"] in ("", "true")
        assert r["Q_Language"] == r["UserLanguage"]
        assert r["QID3_DO"] == ("1|2|3|4|5" if r["QID3"] else "")
    regions = Counter(r["Region"] for r in rows if r["Status"] == "0")
    assert {"Nordics", "DACH"} <= set(regions) and "" not in regions
    # Spam is what Qualtrics' bot detection scores low.
    spam = [float(r["Q_RecaptchaScore"]) for r in rows if r["Status"] in ("8", "9", "12", "17")]
    assert spam and max(spam) < 0.5


def test_local_timestamps_match_the_utc_distribution_across_dst(landing):
    for survey in (REL, SUP):
        zone = zoneinfo.ZoneInfo(ZONES[survey])
        dist = latest(rows_by_drop(landing, "survey", f"distribution_{survey}.csv"), "ResponseId")
        offsets = set()
        checked = 0
        for _, row in rows_by_drop(landing, "survey", f"responses_{survey}.csv", header_rows=3):
            for col in ("StartDate", "EndDate", "RecordedDate"):
                assert LOCAL.fullmatch(row[col])
            assert row["Finished"] in ("0", "1") and row["Status"].isdigit()
            invite = dist.get(row["ResponseId"])
            if not invite or invite["Status"] != "Survey Finished":
                continue
            local = dt.datetime.strptime(row["StartDate"], "%Y-%m-%d %H:%M:%S")
            utc = local.replace(tzinfo=zone).astimezone(dt.UTC)
            assert utc.strftime("%Y-%m-%dT%H:%M:%SZ") == invite["ResponseStartedDate"]
            offsets.add(local.replace(tzinfo=zone).utcoffset())
            checked += 1
        assert checked > 50 and len(offsets) == 2  # both winter and summer time


def test_distribution_rows_are_consistent(landing):
    moved = Counter()
    for survey in (REL, SUP):
        rows = rows_by_drop(landing, "survey", f"distribution_{survey}.csv")
        statuses = Counter(r["Status"] for _, r in rows)
        assert set(statuses) <= DISTRIBUTION_STATUSES
        assert {"Survey Finished", "Email Hard Bounce", "Email Opened"} <= set(statuses)
        for _, r in rows:
            assert r["SurveyId"] == survey and r["RemindersSent"] in ("0", "1", "2")
            assert ISO_UTC.fullmatch(r["SentDate"])
            assert (r["ResponseId"] != "") == (
                r["Status"] in ("Survey Finished", "Survey Partially Finished")
            )
            assert (r["ResponseCompletedDate"] != "") == (r["Status"] == "Survey Finished")
        # An invitation whose status moved on after the full drop reappears with the new one.
        first: dict[tuple, str] = {}
        for _, r in rows:
            key = (r["DistributionId"], r["ContactExternalReference"])
            if key in first and first[key] != r["Status"]:
                moved[survey] += 1
            first.setdefault(key, r["Status"])
    # Both surveys share the mechanism; the support survey's five deltas hold a few dozen rows,
    # too few to be sure one of them moved.
    assert moved[REL] > 0, moved


# ------------------------------------------------------------------------------------------------
# _generator.json agrees with the files
# ------------------------------------------------------------------------------------------------
def test_report_counts_match_the_files(landing, report):
    assert report["parameters"]["accounts"] == 300
    specs = {
        **{f"crm/{n}": ("crm", n, ",", 1) for n in CRM_COLUMNS},
        **{f"billing/{n}": ("billing", n, ";", 1) for n in BILLING_COLUMNS},
        **{f"survey/responses_{s}.csv": ("survey", f"responses_{s}.csv", ",", 3) for s in QUESTIONS},
        **{f"survey/distribution_{s}.csv": ("survey", f"distribution_{s}.csv", ",", 1) for s in QUESTIONS},
    }  # fmt: skip
    assert set(report["files"]) == set(specs)
    for key, (system, name, delim, header) in specs.items():
        per_drop = {
            d.name: len(read_rows(d / name, delim, header)) for d in drop_dirs(landing, system)
        }
        assert report["files"][key]["rows_per_drop"] == per_drop, key
        assert report["files"][key]["rows_total"] == sum(per_drop.values())


def test_report_counts_every_invalid_answer_the_loader_must_quarantine(landing, report):
    for survey, scales in SCALES.items():
        by_drop: dict[str, int] = defaultdict(int)
        statuses: Counter = Counter()
        for drop, row in rows_by_drop(landing, "survey", f"responses_{survey}.csv", header_rows=3):
            statuses[row["Status"]] += 1
            bad = [
                q
                for q, (lo, hi) in scales.items()
                if row[q].strip() and not (row[q].isdigit() and lo <= int(row[q]) <= hi)
            ]
            assert len(bad) <= 1
            by_drop[drop] += bool(bad)
        entry = report["files"][f"survey/responses_{survey}.csv"]
        expected = {d: sum(c.values()) for d, c in entry["invalid_per_drop"].items()}
        assert expected == {d: n for d, n in by_drop.items() if n}
        assert entry["status_total"] == dict(statuses)
        injected = report["injected"]["invalid_answers"][survey]
        assert sum(sum(kinds.values()) for kinds in injected.values()) > 0
        assert {"0", "1", "2", "8", "4", "16"} <= set(statuses)


def test_every_kind_of_mess_is_present(landing, report, invoices, responses, contacts):
    injected = report["injected"]
    for name in ("industry_spelling_variants", "accounts_deleted_duplicates", "cases_deleted",
                 "invoice_account_id_15_chars", "invoice_account_id_blank",
                 "invoice_account_id_unknown", "invoice_rows_resent", "void_rows_in_later_drop"):  # fmt: skip
        assert injected[name] > 0, name
    for name in ("fx_restatements_in_deltas", "account_owner_changes", "contacts_deleted"):
        assert report["entities"][name] > 0, name
    for survey in (REL, SUP):
        for name in ("external_reference_15_chars", "external_reference_blank",
                     "external_reference_unknown", "responses_resent"):  # fmt: skip
            assert injected[name][survey] > 0, (name, survey)
    industries = {r["Industry"] for _, r in rows_by_drop(landing, "crm", "Account.csv")}
    assert any(i != i.strip() for i in industries)
    assert len({i.strip().lower() for i in industries}) < len(industries)
    # Invoice AccountIds: mostly 18 characters, some 15, some blank, some unknown.
    account_ids = {r["Id"] for _, r in rows_by_drop(landing, "crm", "Account.csv")}
    prefixes = {a[:15] for a in account_ids}

    def kind(account_id: str) -> str:
        if not account_id:
            return "blank"
        if account_id in account_ids:
            return "18"
        return "15" if len(account_id) == 15 and account_id in prefixes else "unknown"

    kinds = Counter(kind(r["AccountId"]) for _, r in invoices)
    assert kinds["18"] > 0.85 * len(invoices)
    assert kinds["15"] and kinds["blank"] and kinds["unknown"]
    # The same ResponseId in more than one drop.
    drops_of = defaultdict(set)
    for drop, r in responses:
        drops_of[r["ResponseId"]].add(drop)
    assert any(len(d) > 1 for d in drops_of.values())
    # Blank or unknown ExternalReference: the e-mail still finds the contact (trim, any case).
    emails = {c["Email"].lower() for c in contacts.values()}
    by_email = [r for _, r in responses if r["ExternalReference"] == "" and r["RecipientEmail"]]
    assert by_email and all(r["RecipientEmail"].strip().lower() in emails for r in by_email)
    assert any(r["RecipientEmail"] != r["RecipientEmail"].strip().lower() for r in by_email)
    comments = [r["QID2_TEXT"] for _, r in responses if r["QID2_TEXT"]]
    assert any("\n" in c for c in comments) and any('"' in c for c in comments)
    assert any(ord(ch) > 0x1F000 for c in comments for ch in c)  # emoji


# ------------------------------------------------------------------------------------------------
# Realistic behaviour
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def account_nps(landing, responses, contacts) -> dict[str, float]:
    """Mean counting NPS answer per account (15-character Id), contact by Id or e-mail."""
    by_id = {cid[:15]: c["AccountId"][:15] for cid, c in contacts.items()}
    by_email = {c["Email"].lower(): c["AccountId"][:15] for c in contacts.values()}
    scores = defaultdict(list)
    for _, r in latest(responses, "ResponseId").items():
        if r["Status"] not in ("0", "4", "16") or not re.fullmatch(r"\d|10", r["QID1"]):
            continue
        account = by_id.get(r["ExternalReference"][:15]) or by_email.get(
            r["RecipientEmail"].strip().lower()
        )
        if account:
            scores[account].append(int(r["QID1"]))
    return {a: sum(s) / len(s) for a, s in scores.items()}


def test_customers_with_many_complaints_score_lower(landing, account_nps):
    cases = latest(rows_by_drop(landing, "crm", "Case.csv"), "Id", "SystemModstamp")
    complaints = Counter(
        c["AccountId"][:15]
        for c in cases.values()
        if c["Type"].strip().casefold() == "complaint" and c["IsDeleted"] == "false"
    )
    share = sum(c["Type"].strip().casefold() == "complaint" for c in cases.values()) / len(cases)
    assert 0.15 < share < 0.35
    none = [n for a, n in account_nps.items() if complaints[a] == 0]
    many = [n for a, n in account_nps.items() if complaints[a] >= 2]
    assert len(none) > 30 and len(many) > 30
    assert sum(many) / len(many) < sum(none) / len(none) - 0.5


def test_revenue_is_concentrated_and_detractors_churn(landing, invoices, account_nps):
    rates = {
        (r["RateMonth"], r["Currency"]): Decimal(r["EurPerUnit"].replace(",", "."))
        for _, r in rows_by_drop(landing, "billing", "fx_rates.csv", delimiter=";")
    }
    docs = latest(invoices, "InvoiceNo")
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    last_month: dict[str, str] = {}
    for d in docs.values():
        if d["Status"] != "Posted" or not d["AccountId"]:
            continue
        month = d["InvoiceDate"][6:] + "-" + d["InvoiceDate"][3:5]
        sign = 1 if d["DocumentType"] == "Invoice" else -1
        revenue[d["AccountId"][:15]] += sign * money(d["NetAmount"]) * rates[(month, d["Currency"])]
        last_month[d["AccountId"][:15]] = max(last_month.get(d["AccountId"][:15], ""), month)
    values = sorted(revenue.values(), reverse=True)
    top = sum(values[: len(values) // 5]) / sum(values)
    assert 0.6 < top < 0.9
    credit_notes = sum(d["DocumentType"] == "CreditNote" for d in docs.values()) / len(docs)
    assert 0.015 < credit_notes < 0.05
    # Voided documents: posted in one drop, void in a later one.
    first_status = {}
    voided_later = 0
    for _, d in invoices:
        if (
            first_status.setdefault(d["InvoiceNo"], d["Status"]) == "Posted"
            and d["Status"] == "Void"
        ):
            voided_later += 1
    assert voided_later > 0

    # Detractor customers stop buying more often than promoters.
    def retained(pred) -> float:
        group = [a for a, n in account_nps.items() if pred(n) and a in last_month]
        return sum(last_month[a] >= "2026-08" for a in group) / len(group)

    assert retained(lambda n: n < 7) < retained(lambda n: n >= 9) - 0.05


def test_scores_move_together_and_comments_speak_two_languages(responses):
    rows = [r for _, r in latest(responses, "ResponseId").items() if r["Status"] == "0"]
    pairs = [
        (int(r["QID1"]), int(r["QID3"]))
        for r in rows
        if re.fullmatch(r"\d|10", r["QID1"]) and re.fullmatch(r"[1-5]", r["QID3"])
    ]
    promoters = [c for n, c in pairs if n >= 9]
    detractors = [c for n, c in pairs if n <= 6]
    assert sum(promoters) / len(promoters) > sum(detractors) / len(detractors) + 0.8
    comments = [r for r in rows if r["QID2_TEXT"]]
    assert 0.2 < len(comments) / len(rows) < 0.7
    danish = [r for r in comments if r["UserLanguage"] == "DA"]
    assert 0.15 < len(danish) / len(comments) < 0.45
    assert any(re.search(r"levering|kvalitet|faktura|værdsat", r["QID2_TEXT"]) for r in danish)
    # Detractors write about problems, promoters about what works.
    markers = re.compile(r"\b(not|never|too|late|poor|no|ikke|aldrig|for|dårlig|forkerte)\b", re.I)

    def negative_share(low: int, high: int) -> float:
        texts = [
            r["QID2_TEXT"]
            for r in comments
            if r["QID1"].isdigit() and low <= int(r["QID1"]) <= high
        ]
        return sum(bool(markers.search(t)) for t in texts) / len(texts)

    assert negative_share(0, 6) > negative_share(9, 10) + 0.3


# ------------------------------------------------------------------------------------------------
# Command line
# ------------------------------------------------------------------------------------------------
def test_help_documents_every_flag(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for flag in ("--out", "--profile", "waves", "--accounts", "--seed", "--start", "--end",
                 "--delta-days", "--mess-rate", "--quiet", "LOYALTY_LANDING_DIR"):  # fmt: skip
        assert flag in text


def test_command_line_writes_the_same_as_the_function(tmp_path):
    args = ["--accounts", "15", "--seed", "3", "--start", "2025-01-01", "--end", "2025-04-30",
            "--delta-days", "2", "--quiet"]  # fmt: skip
    assert main(["--out", str(tmp_path / "cli"), *args]) == 0
    generate(tmp_path / "fn", 15, 3, dt.date(2025, 1, 1), dt.date(2025, 4, 30), 2, progress=False)
    assert tree_bytes(tmp_path / "cli") == tree_bytes(tmp_path / "fn")
    assert main(["--out", str(tmp_path / "bad"), "--end", "2020-01-01", "--quiet"]) == 2


def test_never_deletes_drops_it_did_not_write(tmp_path):
    real = tmp_path / "crm" / "2026-01-01"
    real.mkdir(parents=True)
    (real / "Account.csv").write_text("Id\n")
    with pytest.raises(ValueError, match="did not write"):
        generate(tmp_path, accounts=5, progress=False)
    assert (real / "Account.csv").exists()
