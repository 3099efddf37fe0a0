"""Real exports vary (SPEC §2.1, §2.3): every variant Qualtrics, Salesforce's tools and the ERP
really write loads without an edit, and a file whose format is wrong is one clear file error.

The fixtures are written here, in each variant, from what the vendors document: Qualtrics' three
header rows (labels, question texts, ImportId JSON), Data Loader's datetimes and 1/0 booleans,
an org without multi-currency, a survey exported as "choice text".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import dagster as dg
import pytest

from orchestration.config import SettingsError, settings
from orchestration.engines.duckdb import DuckDBEngine
from orchestration.loading import LoadError, connect, run
from orchestration.raw_assets import build_raw_assets
from tests.test_loading import ACCOUNT_HEADER, BOM, load_all, write_drop

SURVEY = "SV_6Vx0RelatNPS012"
# Qualtrics' fixed columns as a real export writes them: row-1 label, row-2 text, ImportId.
QUALTRICS_FIXED = [
    ("StartDate", "Start Date", "startDate"),
    ("EndDate", "End Date", "endDate"),
    ("Status", "Response Type", "status"),
    ("IPAddress", "IP Address", "ipAddress"),
    ("Progress", "Progress", "progress"),
    ("Duration (in seconds)", "Duration (in seconds)", "duration"),
    ("Finished", "Finished", "finished"),
    ("RecordedDate", "Recorded Date", "recordedDate"),
    ("ResponseId", "Response ID", "_recordId"),
    ("RecipientLastName", "Recipient Last Name", "recipientLastName"),
    ("RecipientFirstName", "Recipient First Name", "recipientFirstName"),
    ("RecipientEmail", "Recipient Email", "recipientEmail"),
    ("ExternalReference", "External Data Reference", "externalDataReference"),
    ("LocationLatitude", "Location Latitude", "locationLatitude"),
    ("LocationLongitude", "Location Longitude", "locationLongitude"),
    ("DistributionChannel", "Distribution Channel", "distributionChannel"),
    ("UserLanguage", "User Language", "userLanguage"),
]
# Questions labelled Q1… in row 1 over their ImportIds, then the extras real exports carry.
QUESTIONS = [
    ("Q1", "How likely is it that you would recommend us?", "QID1"),
    ("Q1_NPS_GROUP", "How likely … - Group", "QID1_NPS_GROUP"),
    ("Q2", "What is the main reason for your score?", "QID2_TEXT"),
    ("Q3", "Overall, how satisfied are you?", "QID3"),
    ("Q4", "It was easy to get my issues resolved.", "QID4"),
    ("Q5", "I feel appreciated as a customer.", "QID5"),
]
EXTRAS = [
    ("Q_RecaptchaScore", "Q_RecaptchaScore", '{"ImportId":"Q_RecaptchaScore"}'),
    ("Q_RelevantIDDuplicate", "Q_RelevantIDDuplicate", '{"ImportId":"Q_RelevantIDDuplicate"}'),
    ("Q_BallotBoxStuffing", "Q_BallotBoxStuffing", '{"ImportId":"Q_BallotBoxStuffing"}'),
    ("Q_Language", "Q_Language", '{"ImportId":"Q_Language"}'),
    ("Q3_DO", "Overall, how satisfied are you? - Display Order", '{"ImportId":"QID3_DO"}'),
    ("1_Q7", "Loop: how was {product}?", '{"ImportId":"1_QID7"}'),
    # Two equal row-1 labels with different ImportIds, and a row-3 cell that is not JSON.
    ("Region", "Region", '{"ImportId":"Region"}'),
    ("Region", "Region", '{"ImportId":"Region_2"}'),
    ("Panel", "Panel", "Panel (embedded data)"),
]


def qualtrics_export(rows: list[dict[str, str]], zone: str | None = "Europe/Copenhagen") -> str:
    """A responses file as Qualtrics writes it; each row gives values by ImportId."""
    columns = QUALTRICS_FIXED + QUESTIONS
    labels = [c[0] for c in columns] + [e[0] for e in EXTRAS]
    texts = [c[1] for c in columns] + [e[1] for e in EXTRAS]
    meta = []
    for _, _, import_id in columns:
        info = {"ImportId": import_id}
        if import_id in ("startDate", "endDate", "recordedDate") and zone is not None:
            info["timeZone"] = zone
        meta.append(json.dumps(info, separators=(",", ":")))
    meta += [e[2] for e in EXTRAS]
    ids = [c[2] for c in columns] + [json.loads(e[2])["ImportId"] if e[2].startswith("{")
                                     else e[0] for e in EXTRAS]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows([labels, texts, meta])
    for row in rows:
        writer.writerow([row.get(i, "") for i in ids])
    return BOM + out.getvalue()


def answer(rid: str, nps: str = "9", **values: str) -> dict[str, str]:
    recorded = values.pop("recorded", "2026-03-29 03:30:00")
    return {
        "startDate": recorded, "endDate": recorded, "status": "0", "progress": "100",
        "duration": "61", "finished": "1", "recordedDate": recorded, "_recordId": rid,
        "recipientEmail": "jane@example.com", "externalDataReference": "003000000000001AAA",
        "distributionChannel": "email", "userLanguage": "EN", "QID1": nps,
        "QID1_NPS_GROUP": "3", "QID2_TEXT": "Fine", "QID3": "4", "QID4": "6", "QID5": "5",
        "Q_RecaptchaScore": "0.9", "Q_Language": "EN", "QID3_DO": "QID3", "1_QID7": "Good",
        "Region": "North", "Region_2": "Nordics", "Panel": "B2B",
        **values,
    }  # fmt: skip


def load_survey(con, landing, text: str):
    write_drop(landing, "survey", "2026-04-01", {f"responses_{SURVEY}.csv": text})
    [result] = load_all(con, landing, "survey_responses")
    return result


def test_a_real_qualtrics_export_loads_by_import_id_with_every_extra_column_kept(tmp_path, con):
    result = load_survey(con, tmp_path, qualtrics_export([answer("R_1", "9"), answer("R_2", "11")]))
    assert (result.rows_read, result.rows_loaded, result.rows_quarantined) == (2, 1, 1)
    [(duration, nps, comment, answers)] = run(
        con,
        'select "Duration", "Answers"[\'QID1\'], "Answers"[\'QID2_TEXT\'], "Answers" '
        "from raw.survey_responses",
    )
    # `Duration (in seconds)` is the duration; the answer under row-1 label Q1 is QID1's.
    assert (duration, nps, comment) == (61, "9", "Fine")
    assert {k: answers[k] for k in ("Q_RecaptchaScore", "QID3_DO", "1_QID7", "Region",
                                    "Region_2", "Panel")} == {
        "Q_RecaptchaScore": "0.9", "QID3_DO": "QID3", "1_QID7": "Good", "Region": "North",
        "Region_2": "Nordics", "Panel": "B2B",
    }  # fmt: skip
    # The scale check follows the ImportId too: NPS 11 under label Q1 is quarantined as QID1's.
    assert run(con, "select column_name, raw_value, reason from raw._quarantine") == [
        ("QID1", "11", "QID1 (nps): expected a whole number from 0 to 10")
    ]


def test_a_renamed_row_1_label_does_not_hide_a_fixed_column(tmp_path, con):
    text = qualtrics_export([answer("R_1")]).replace('"RecordedDate"', '"Recorded"', 1)
    load_survey(con, tmp_path, text)
    assert run(con, 'select "RecordedDate" from raw.survey_responses') == [
        (dt.datetime(2026, 3, 29, 1, 30),)
    ]


@pytest.mark.parametrize("zone", ["Z", "UTC"])
def test_time_zone_z_and_utc_mean_utc(tmp_path, con, zone):
    load_survey(con, tmp_path, qualtrics_export([answer("R_1")], zone=zone))
    assert run(con, 'select "RecordedDate" from raw.survey_responses') == [
        (dt.datetime(2026, 3, 29, 3, 30),)
    ]


def test_an_export_without_time_zones_uses_the_setting_and_says_so(tmp_path, con, monkeypatch):
    monkeypatch.setenv("LOYALTY_SURVEY_TIME_ZONE", "America/New_York")
    result = load_survey(con, tmp_path, qualtrics_export([answer("R_1")], zone=None))
    # 03:30 in New York on 29 March 2026 is daylight time (UTC-4).
    assert run(con, 'select "RecordedDate" from raw.survey_responses') == [
        (dt.datetime(2026, 3, 29, 7, 30),)
    ]
    assert result.notes == (
        "header row 3 gives no timeZone for StartDate, EndDate, RecordedDate: read as "
        "America/New_York (LOYALTY_SURVEY_TIME_ZONE)",
    )


def test_a_choice_text_export_is_a_file_error_that_names_the_fix(tmp_path, con):
    rows = [answer("R_1", "10 - Extremely likely"), answer("R_2", "7"), answer("R_3", "8")]
    with pytest.raises(LoadError, match=r"'10 - Extremely likely' are Qualtrics' choice texts.*"
                       r"export the responses as 'CSV, numeric values'"):  # fmt: skip
        load_survey(con, tmp_path, qualtrics_export(rows))
    assert run(con, "select count(*) from raw._quarantine") == [(0,)]


# --- Salesforce and the ERP --------------------------------------------------------------------

CONTACT_COLUMNS = ["Id", "AccountId", "FirstName", "LastName", "Email", "Title", "Department",
                   "CreatedDate", "SystemModstamp", "IsDeleted"]  # fmt: skip


def contacts_file(rows: list[dict[str, str]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def contact(i: int, **values: str) -> dict[str, str]:
    return {
        "Id": f"003{i:012d}AAA", "AccountId": "001000000000001AAA", "FirstName": "Jane",
        "LastName": f"Doe {i}", "Email": f"jane{i}@example.com", "Title": "CFO",
        "Department": "Finance", "CreatedDate": "2018-04-29T14:46:15.000+0000",
        "SystemModstamp": "2018-04-29T14:46:15.000+0000", "IsDeleted": "0",
        "Shoe_Size__c": "42", **values,
    }  # fmt: skip


def test_data_loader_datetimes_one_zero_booleans_free_order_and_custom_columns_load(tmp_path, con):
    columns = ["Shoe_Size__c", *reversed(CONTACT_COLUMNS)]
    rows = [contact(1), contact(2, IsDeleted="1", SystemModstamp="2018-04-29T14:46:15.000Z")]
    write_drop(tmp_path, "crm", "2026-04-01", {"Contact.csv": contacts_file(rows, columns)})
    [result] = load_all(con, tmp_path, "crm_contacts")
    assert (result.rows_loaded, result.rows_quarantined) == (2, 0)
    assert run(
        con,
        'select "Id", "SystemModstamp", "IsDeleted", "_extra_columns"[\'Shoe_Size__c\'] '
        "from raw.crm_contacts order by 1",
    ) == [
        ("003000000000001AAA", dt.datetime(2018, 4, 29, 14, 46, 15), False, "42"),
        ("003000000000002AAA", dt.datetime(2018, 4, 29, 14, 46, 15), True, "42"),
    ]


def accounts_file(header: list[str], segment: str = "Enterprise") -> str:
    values = {
        "Id": "001000000000001AAA", "Name": "Acme", "Type": "Customer", "Industry": "Retail",
        "BillingCountry": "DK", "NumberOfEmployees": "12", "AnnualRevenue": "100",
        "CurrencyIsoCode": "DKK", "OwnerId": "005000000000001AAA", "ParentId": "",
        "Customer_Segment__c": segment, "Segment__c": segment,
        "CreatedDate": "2024-01-01T08:00:00.000Z", "SystemModstamp": "2024-01-01T08:00:00.000Z",
        "IsDeleted": "false",
    }  # fmt: skip
    return ",".join(header) + "\n" + ",".join(values[c] for c in header) + "\n"


def test_an_org_without_multi_currency_loads_its_accounts_and_says_so_once(tmp_path, con):
    header = [c for c in ACCOUNT_HEADER.split(",") if c != "CurrencyIsoCode"]
    write_drop(tmp_path, "crm", "2026-04-01", {"Account.csv": accounts_file(header)})
    [result] = load_all(con, tmp_path, "crm_accounts")
    assert result.rows_loaded == 1
    assert run(con, 'select "CurrencyIsoCode", "Customer_Segment__c" from raw.crm_accounts') == [
        (None, "Enterprise")
    ]
    assert result.notes == (
        "Account.csv has no CurrencyIsoCode column: CurrencyIsoCode is empty for its rows",
    )


def test_the_segment_field_is_a_setting(tmp_path, con, monkeypatch):
    header = ["Segment__c" if c == "Customer_Segment__c" else c for c in ACCOUNT_HEADER.split(",")]
    write_drop(tmp_path, "crm", "2026-04-01", {"Account.csv": accounts_file(header, "SMB")})
    monkeypatch.setenv("LOYALTY_SEGMENT_FIELD", "Segment__c")
    [result] = load_all(con, tmp_path, "crm_accounts")
    assert run(con, 'select "Customer_Segment__c" from raw.crm_accounts') == [("SMB",)]
    assert result.notes == ()


def test_an_org_whose_segment_field_is_named_otherwise_gets_unknown_segments_and_a_note(
    tmp_path, con
):
    header = ["Segment__c" if c == "Customer_Segment__c" else c for c in ACCOUNT_HEADER.split(",")]
    write_drop(tmp_path, "crm", "2026-04-01", {"Account.csv": accounts_file(header, "SMB")})
    [result] = load_all(con, tmp_path, "crm_accounts")
    assert run(con, 'select "Customer_Segment__c", "_extra_columns"[\'Segment__c\'] '
               "from raw.crm_accounts") == [(None, "SMB")]  # fmt: skip
    assert result.notes == (
        "Account.csv has no Customer_Segment__c column (the setting LOYALTY_SEGMENT_FIELD): "
        "Customer_Segment__c is empty for its rows",
    )


@pytest.mark.parametrize("rows, outcome", [(12, "file error"), (9, "quarantined")])
def test_a_whole_file_in_another_date_format_is_a_file_error_with_its_fix(
    tmp_path, con, rows, outcome
):
    bad = [contact(i, CreatedDate="29/04/2018 14:46") for i in range(rows)]
    write_drop(tmp_path, "crm", "2026-04-01", {"Contact.csv": contacts_file(bad, CONTACT_COLUMNS)})
    if outcome == "file error":
        with pytest.raises(
            LoadError,
            match=r"^crm/2026-04-01/Contact.csv: every one of its 12 rows breaks the same rule — "
            r"CreatedDate: expected a datetime .*'29/04/2018 14:46'.*export datetimes as the "
            r"Bulk API .* or Data Loader",
        ):
            load_all(con, tmp_path, "crm_contacts")
        assert run(con, "select count(*) from raw._load_ledger") == [(0,)]
    else:
        [result] = load_all(con, tmp_path, "crm_contacts")
        assert (result.rows_loaded, result.rows_quarantined) == (0, 9)


# --- A run: every bad file named, nothing ignored in silence -----------------------------------


def materialize_raw(tmp_path, monkeypatch) -> tuple[dg.ExecuteInProcessResult, str]:
    """The raw assets materialized over `tmp_path/landing`; the result and the run's log."""
    monkeypatch.setenv("LOYALTY_LANDING_DIR", str(tmp_path / "landing"))
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        build_raw_assets(DuckDBEngine()),
        instance=instance,
        raise_on_error=False,
        resources={"engine": DuckDBEngine()},
    )
    log = "\n".join(e.user_message for e in instance.all_logs(result.run_id))
    return result, log


def failure(result: dg.ExecuteInProcessResult, table: str) -> str:
    return result.failure_data_for_node(f"raw__{table}").error.message


def test_a_run_names_every_bad_file_and_loads_nothing_of_a_system_past_its_first_bad_drop(
    tmp_path, monkeypatch
):
    landing = tmp_path / "landing"
    good = qualtrics_export([answer("R_1")])
    # Neither the ImportId nor the label names the Status column.
    no_status = (
        qualtrics_export([answer("R_2")])
        .replace('""ImportId"":""status""', '""ImportId"":""state""')
        .replace('"Status"', '"State"', 1)
    )
    write_drop(landing, "survey", "2026-04-01", {f"responses_{SURVEY}.csv": good})
    write_drop(landing, "survey", "2026-04-02", {f"responses_{SURVEY}.csv": no_status})
    write_drop(landing, "survey", "2026-04-03", {f"responses_{SURVEY}.csv": good})
    write_drop(landing, "survey", "2026-04-04", {f"responses_{SURVEY}.csv": no_status})
    header = [c for c in ACCOUNT_HEADER.split(",") if c != "CurrencyIsoCode"]
    write_drop(landing, "crm", "2026-04-01", {"Account.csv": accounts_file(header)})

    result, _ = materialize_raw(tmp_path, monkeypatch)
    message = failure(result, "survey_responses")
    # Both bad drops are named in the one run, each with its fix.
    assert "2 bad file(s) in survey/; its drops from 2026-04-02 on are not loaded" in message
    for day in ("2026-04-02", "2026-04-04"):
        assert (
            f"survey/{day}/responses_{SURVEY}.csv: missing column(s) Status (ImportId "
            "status); export the responses with Qualtrics' standard fields" in message
        )
    # The survey system stops at its first bad drop (a delta never loads over a gap) …
    con = connect(tmp_path / "warehouse" / "warehouse.duckdb")
    try:
        assert run(con, "select _source_file from raw.survey_responses") == [
            (f"survey/2026-04-01/responses_{SURVEY}.csv",)
        ]
        # … while the other systems load as usual.
        assert run(con, "select count(*) from raw.crm_accounts") == [(1,)]
    finally:
        con.close()
    assert result.is_node_success("raw__crm_accounts")


def test_a_bad_file_of_one_kind_stops_the_other_kinds_of_its_system_at_that_drop(
    tmp_path, monkeypatch
):
    landing = tmp_path / "landing"
    header = ACCOUNT_HEADER.split(",")
    write_drop(landing, "crm", "2026-04-01", {"Account.csv": accounts_file(header)})
    write_drop(landing, "crm", "2026-04-02", {
        "Account.csv": accounts_file(header, "SMB"),
        "Contact.csv": contacts_file([contact(1)], CONTACT_COLUMNS[:-2]),
    })  # fmt: skip
    result, _ = materialize_raw(tmp_path, monkeypatch)
    assert "crm/2026-04-02/Contact.csv: missing column(s) SystemModstamp, IsDeleted" in failure(
        result, "crm_accounts"
    )
    con = connect(tmp_path / "warehouse" / "warehouse.duckdb")
    try:
        assert run(con, "select _drop_date from raw.crm_accounts") == [(dt.date(2026, 4, 1),)]
    finally:
        con.close()


def test_files_no_extract_kind_loads_are_named_and_kept_as_ignored(tmp_path, monkeypatch):
    landing = tmp_path / "landing"
    header = ACCOUNT_HEADER.split(",")
    write_drop(landing, "crm", "2026-04-01", {
        "Accounts.csv": accounts_file(header), "Opportunity.csv": "Id\n", ".DS_Store": "",
    })  # fmt: skip
    result, warned = materialize_raw(tmp_path, monkeypatch)
    materialize_raw(tmp_path, monkeypatch)  # a second run names them again, once in raw
    assert result.success
    assert (
        "crm/2026-04-01/Accounts.csv: not an extract this warehouse loads; a crm drop holds "
        "Account.csv, Contact.csv, User.csv, Case.csv, Task.csv (SPEC §2)" in warned
    )
    assert "crm/2026-04-01/Opportunity.csv: not an extract" in warned
    # Task.csv is optional: a CRM that exports none is told what it misses, once per run.
    assert warned.count("no crm drop holds Task.csv: fct_follow_ups and mart_close_the_loop") == 1
    con = connect(tmp_path / "warehouse" / "warehouse.duckdb")
    try:
        assert run(con, "select source_file from raw._ignored_files order by 1") == [
            ("crm/2026-04-01/Accounts.csv",),
            ("crm/2026-04-01/Opportunity.csv",),
        ]
    finally:
        con.close()


@pytest.mark.parametrize(
    "variable, value, message",
    [
        ("LOYALTY_SURVEY_TIME_ZONE", "Mars/Olympus", "give an IANA time zone"),
        ("LOYALTY_SEGMENT_FIELD", "Segment c", "give the field's API name"),
    ],
)
def test_a_bad_setting_for_a_variant_is_a_clear_error(monkeypatch, variable, value, message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=rf"^{variable}='{value}': {message}"):
        settings()
