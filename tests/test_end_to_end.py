"""The whole path, as a user runs it: extracts → Dagster → DuckDB → dbt → GX → published bi.duckdb.

The figures are recomputed here straight from the extract files, independently of the
warehouse, following SPEC §2–3 to the letter.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import zoneinfo
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from orchestration.engines.duckdb import publish_file
from tests.conftest import PROJECT_DIR, VENV_BIN, qualtrics_names, query, run_unit_tests

REQUIRED_MARTS = {
    "dim_customers",
    "dim_account_managers",
    "fct_survey_responses",
    "fct_invoices",
    "mart_nps_monthly",
    "mart_customer_health",
    "mart_health_by_owner",
    "mart_retention",
    "mart_complaint_rate",
    "mart_response_rate",
    "mart_comment_themes",
    "fin_loyalty_revenue",
    "fin_loyalty_summary",
    "fin_revenue_reconciliation",
    "mart_data_quality",
    "fct_follow_ups",
    "mart_close_the_loop",
    "mart_revenue_coverage",
    "mart_nps_by_role",
    "mart_group_health",
    "mart_nps_drivers",
}
COUNTING_STATUSES = {"0", "4", "16"}


def drops(landing: Path, system: str):
    return sorted(p for p in (landing / system).iterdir() if (p / "_SUCCESS").exists())


def survey_scales() -> dict[tuple[str, str], tuple[int, int]]:
    with (PROJECT_DIR / "seeds" / "survey_questions.csv").open() as f:
        return {
            (r["survey_id"], r["question_column"]): (int(r["scale_min"]), int(r["scale_max"]))
            for r in csv.DictReader(f)
            if r["scale_min"] and r["measure"] != "nps_group"
        }


def expected_monthly_nps(landing: Path) -> dict[dt.date, tuple[int, float]]:
    """Month -> (answers, NPS) over counting responses with a valid NPS answer (all segments)."""
    scales = survey_scales()
    latest: dict[str, tuple[dt.date, int] | None] = {}
    for drop in drops(landing, "survey"):
        for path in sorted(drop.glob("responses_*.csv")):
            survey = path.stem.removeprefix("responses_")
            with path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.reader(f)
                labels, _, meta = next(reader), next(reader), next(reader)
                names = qualtrics_names(labels, meta)
                name = json.loads(meta[names.index("RecordedDate")])["timeZone"]
                zone = dt.UTC if name in ("Z", "UTC") else zoneinfo.ZoneInfo(name)
                for values in reader:
                    row = dict(zip(names, values, strict=True))
                    out_of_scale = any(
                        row[q].strip()
                        and not (row[q].strip().isdigit() and lo <= int(row[q]) <= hi)
                        for (s, q), (lo, hi) in scales.items()
                        if s == survey and q in row
                    )
                    if out_of_scale:
                        continue  # quarantined: never loaded, so an earlier version stands
                    nps = (
                        row.get("QID1", "").strip()
                        if scales.get((survey, "QID1")) == (0, 10)
                        else ""
                    )
                    if row["Status"] not in COUNTING_STATUSES or not nps:
                        latest[row["ResponseId"]] = None
                        continue
                    local = dt.datetime.strptime(row["RecordedDate"], "%Y-%m-%d %H:%M:%S")
                    utc = local.replace(tzinfo=zone).astimezone(dt.UTC)
                    latest[row["ResponseId"]] = (utc.date().replace(day=1), int(nps))
    by_month: dict[dt.date, list[int]] = defaultdict(list)
    for answer in latest.values():
        if answer:
            by_month[answer[0]].append(answer[1])
    return {
        month: (len(s), 100 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s))
        for month, s in by_month.items()
    }


def expected_net_revenue(landing: Path) -> dict[tuple[dt.date, str], Decimal]:
    """(invoice month, currency) -> signed net amount of the latest version of each document."""
    latest: dict[str, tuple[dt.date, str, Decimal]] = {}
    for drop in drops(landing, "billing"):
        with (drop / "invoices.csv").open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f, delimiter=";"):
                amount = Decimal(row["NetAmount"].replace(",", "."))
                sign = {"Invoice": 1, "CreditNote": -1}[row["DocumentType"]]
                signed = sign * amount if row["Status"] == "Posted" else Decimal(0)
                day = dt.datetime.strptime(row["InvoiceDate"], "%d-%m-%Y").date()
                latest[row["InvoiceNo"]] = (day.replace(day=1), row["Currency"], signed)
    totals: dict[tuple[dt.date, str], Decimal] = defaultdict(Decimal)
    for month, currency, signed in latest.values():
        totals[(month, currency)] += signed
    return dict(totals)


@pytest.fixture
def built(small_warehouse):
    return small_warehouse


def test_publishes_every_required_mart(built):
    tables = {
        t
        for (t,) in query(
            built.bi_db, "select table_name from duckdb_tables() where schema_name = 'marts'"
        )
    }
    assert tables >= REQUIRED_MARTS
    for mart in REQUIRED_MARTS:
        assert query(built.bi_db, f"select count(*) from marts.{mart}")[0][0] > 0, mart


def test_every_file_adds_up_and_matches_what_was_written(built):
    rows = query(
        built.bi_db,
        "select file, rows_read, rows_loaded, rows_quarantined from marts.mart_data_quality",
    )
    assert rows and all(read == loaded + quarantined for _, read, loaded, quarantined in rows)
    files = {p.relative_to(built.landing_dir).as_posix() for p in built.landing_dir.rglob("*.csv")}
    assert {file for file, *_ in rows} == files
    # Survey answers out of scale were injected by the generator and must all be quarantined.
    assert query(built.bi_db, "select sum(rows_quarantined) from marts.mart_data_quality")[0][0] > 0


def test_monthly_nps_agrees_with_the_extracts(built):
    expected = expected_monthly_nps(built.landing_dir)
    actual = {
        month: (responses, float(nps))
        for month, responses, nps in query(
            built.bi_db,
            "select month, responses, nps from marts.mart_nps_monthly where segment = 'All'",
        )
    }
    assert actual.keys() == expected.keys()
    for month, (n, nps) in expected.items():
        assert actual[month][0] == n, month
        assert actual[month][1] == pytest.approx(nps, abs=0.01), month


def test_revenue_reconciles_to_the_billing_extracts_to_the_cent(built):
    expected = expected_net_revenue(built.landing_dir)
    actual = {
        (month, currency): (source, warehouse, difference)
        for month, currency, source, warehouse, difference in query(
            built.bi_db,
            "select invoice_month, currency, source_net_amount, warehouse_net_amount, difference "
            "from marts.fin_revenue_reconciliation",
        )
    }
    assert actual.keys() == expected.keys()
    for key, amount in expected.items():
        assert actual[key] == (amount, amount, 0), key


def test_a_second_run_loads_nothing_twice_and_never_blocks_an_open_reader(built):
    ledger_before = query(built.build_db, "select count(*), sum(rows_loaded) from raw._load_ledger")
    marts_before = {
        mart: query(built.bi_db, f"select count(*) from marts.{mart}")[0][0]
        for mart in REQUIRED_MARTS
    }
    reader = duckdb.connect(str(built.bi_db), read_only=True)
    try:
        (published_before,) = reader.execute(
            "select published_at from marts._publication"
        ).fetchone()
        result = built.materialize()
        assert result.returncode == 0, result.stderr[-3000:]
        # The open reader keeps the version it opened; a new connection sees the new one.
        assert reader.execute("select published_at from marts._publication").fetchone() == (
            published_before,
        )
    finally:
        reader.close()
    (published_after,) = query(built.bi_db, "select published_at from marts._publication")[0]
    assert published_after > published_before
    assert (
        query(built.build_db, "select count(*), sum(rows_loaded) from raw._load_ledger")
        == ledger_before
    )
    for mart, rows in marts_before.items():
        assert query(built.bi_db, f"select count(*) from marts.{mart}")[0][0] == rows, mart


def test_make_run_with_nothing_new_says_so_and_starts_no_dagster_run(built):
    runs = built.dagster_home / "history" / "runs"
    runs_before = sorted(runs.glob("*.db"))
    published_before = query(built.bi_db, "select published_at from marts._publication")
    result = built.run()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Nothing to do: no new file in" in result.stdout
    assert f"as-of date ({built.day_after_latest_drop})" in result.stdout
    assert sorted(runs.glob("*.db")) == runs_before
    assert query(built.bi_db, "select published_at from marts._publication") == published_before


def test_make_run_builds_for_a_new_file_a_new_date_or_a_changed_setting(
    built, tmp_path, monkeypatch
):
    from orchestration.build import why_build
    from orchestration.config import settings

    for name, value in built.env.items():
        if name.startswith("LOYALTY_"):
            monkeypatch.setenv(name, value)
    assert why_build(settings()) is None
    # A late drop in a copy of the landing dir (the published build is the same).
    landing = tmp_path / "landing"
    shutil.copytree(built.landing_dir, landing, copy_function=os.link)
    late = landing / "crm" / "2026-11-15"
    late.mkdir()
    shutil.copy(next((landing / "crm").glob("*/Account.csv")), late / "Account.csv")
    monkeypatch.setenv("LOYALTY_LANDING_DIR", str(landing))
    assert why_build(settings()) is None  # not complete yet: no _SUCCESS
    (late / "_SUCCESS").touch()
    assert why_build(settings()) == ("1 new file(s) in the landing dir: crm/2026-11-15/Account.csv")
    monkeypatch.setenv("LOYALTY_LANDING_DIR", str(built.landing_dir))
    monkeypatch.setenv("LOYALTY_TODAY", "2027-01-01")
    assert why_build(settings()) == (
        f"the as-of date moved from {built.day_after_latest_drop} to 2027-01-01"
    )
    monkeypatch.setenv("LOYALTY_TODAY", built.day_after_latest_drop)
    monkeypatch.setenv("LOYALTY_FRESHNESS_DAYS", "9")
    assert why_build(settings()) == (
        "the project's code or settings changed since the last publication"
    )
    monkeypatch.delenv("LOYALTY_FRESHNESS_DAYS")
    # A run that loaded files and stopped before publishing (a copy of the warehouse).
    warehouse = tmp_path / "warehouse"
    shutil.copytree(built.warehouse_dir, warehouse)
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(warehouse))
    assert why_build(settings()) is None
    with duckdb.connect(str(warehouse / "warehouse.duckdb")) as con:
        con.execute("update raw._load_ledger set loaded_at = loaded_at + interval 1 hour")
    assert why_build(settings()) == "files were loaded by a run that did not publish"


def test_a_currency_without_fx_rate_blocks_publishing_and_keeps_the_last_version(built, tmp_path):
    before = built.bi_db.read_bytes()
    drop = built.landing_dir / "billing" / "2099-01-01"
    drop.mkdir()
    header = (
        "InvoiceNo;DocumentType;AccountId;InvoiceDate;DueDate;Currency;NetAmount;VatAmount;Status"
    )
    (drop / "invoices.csv").write_text(
        "\ufeff" + header + "\nCHF-1;Invoice;;15-10-2026;15-11-2026;CHF;100,00;0;Posted\n",
        encoding="utf-8",
    )
    (drop / "fx_rates.csv").write_text("\ufeffRateMonth;Currency;EurPerUnit\n", encoding="utf-8")
    (drop / "_SUCCESS").touch()
    # The run loads the drop into the shared warehouse: put the databases back afterwards.
    backup = tmp_path / "warehouse"
    shutil.copytree(built.warehouse_dir, backup)
    try:
        result = built.materialize()
        assert result.returncode != 0
        output = result.stdout + result.stderr
        assert "fin_revenue_reconciliation" in output
        assert "CHF" in output and "2026-10" in output
        assert built.bi_db.read_bytes() == before
    finally:
        shutil.rmtree(drop)
        shutil.rmtree(built.warehouse_dir)
        shutil.copytree(backup, built.warehouse_dir)


def test_a_tampered_raw_invoice_amount_refuses_publishing(built, tmp_path):
    """Raw billing that no longer ties to fct_invoices: the reconciliation blocks publishing."""
    before = built.bi_db.read_bytes()
    backup = tmp_path / "warehouse"
    shutil.copytree(built.warehouse_dir, backup)
    try:
        with duckdb.connect(str(built.build_db)) as con:
            invoice_no, month, currency = con.execute(
                """select invoice_no, strftime(invoice_month, '%Y-%m'), currency
                   from marts.fct_invoices where status = 'Posted' order by invoice_no limit 1"""
            ).fetchone()
            con.execute(
                """update raw.billing_invoices set "NetAmount" = "NetAmount" + 1
                   where trim("InvoiceNo") = ?""",
                [invoice_no],
            )
        # Rebuild the reconciliation (not fct_invoices) and try to publish.
        result = built.materialize("marts/fin_revenue_reconciliation*")
        assert result.returncode != 0
        output = result.stdout + result.stderr
        assert "gx_fin_revenue_reconciliation" in output
        assert f"invoice_month={month}" in output and f"currency={currency}" in output
        assert built.bi_db.read_bytes() == before
    finally:
        shutil.rmtree(built.warehouse_dir)
        shutil.copytree(backup, built.warehouse_dir)


def test_every_dbt_unit_test_passes(built, tmp_path):
    """Unit tests check the models' code, not the data, so builds leave them out
    (orchestration/dbt_assets.py) and they run here, on the built warehouse's relations."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(built.build_db, warehouse / "warehouse.duckdb")
    env = {**built.env, "LOYALTY_WAREHOUSE_DIR": str(warehouse)}
    assert run_unit_tests(env, tmp_path / "target") >= 27


def test_another_reporting_currency_changes_every_money_column(built, tmp_path):
    """dbt var reporting_currency: every *_reporting amount and every finance mart follows."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(built.build_db, warehouse / "warehouse.duckdb")
    result = subprocess.run(
        [VENV_BIN / "dbt", "build", "--vars", "{reporting_currency: USD}", "--quiet",
         "--target-path", str(tmp_path / "target"), "--exclude", "resource_type:unit_test"],
        cwd=PROJECT_DIR, env={**built.env, "LOYALTY_WAREHOUSE_DIR": str(warehouse)},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    db = warehouse / "warehouse.duckdb"
    with_currency = [
        table
        for (table,) in query(
            db,
            """select table_name from duckdb_columns()
               where schema_name = 'marts' and column_name = 'reporting_currency'""",
        )
    ]
    assert {"fct_invoices", "fin_loyalty_revenue", "fin_loyalty_summary"} <= set(with_currency)
    for table in with_currency:
        assert query(db, f"select distinct reporting_currency from marts.{table}") == [("USD",)]
    # The finance marts add up the converted documents: in USD as they did in EUR.
    (month, revenue, unmatched) = query(
        db,
        """select month, revenue_t12m, unmatched_revenue_t12m from marts.fin_loyalty_summary
           order by month desc limit 1""",
    )[0]
    (invoiced,) = query(
        db,
        f"""select sum(net_amount_reporting) from marts.fct_invoices
            where invoice_month > date '{month}' - interval 12 month
              and invoice_month <= date '{month}'""",
    )[0]
    assert revenue + unmatched == invoiced
    (eur,) = query(
        built.bi_db, f"select revenue_t12m from marts.fin_loyalty_summary where month = '{month}'"
    )[0]
    assert revenue != eur
    # Customer health's revenue is the same USD figure, customer by customer.
    assert query(
        db,
        f"""select count(*) from marts.mart_customer_health as health
            join (select customer_id, sum(net_amount_reporting) as revenue from marts.fct_invoices
                  where invoice_month > date '{month}' - interval 12 month
                    and invoice_month <= date '{month}' group by all) as invoiced
              using (customer_id)
            where health.month = '{month}' and health.revenue_t12m <> invoiced.revenue""",
    ) == [(0,)]


def test_publishing_takes_a_directory_name_with_a_quote(tmp_path):
    # The build database's path reaches SQL (ATTACH) as a quoted string, never interpolated raw.
    build_db = tmp_path / "O'Brien's warehouse" / "warehouse.duckdb"
    build_db.parent.mkdir()
    with duckdb.connect(str(build_db)) as con:
        con.execute("create schema marts; create table marts.t as select 1 as x")
    bi_db = build_db.parent / "bi.duckdb"
    assert publish_file(build_db, bi_db, run_id="r1") == {"t": 1}
    assert query(bi_db, "select x from marts.t") == [(1,)]
