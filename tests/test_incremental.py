"""Incremental builds: drop by drop, the tables equal a full refresh over the same drops.

The extracts arrive as production delivers them: the full drop, then daily deltas (new and
re-sent invoices, voids, restated FX rates, new CRM versions, late responses), one or several
at a time. After each arrival the loaders append the new files and `dbt build` runs
incrementally; at the end `dbt build --full-refresh` rebuilds everything from the same raw
tables, and every mart and intermediate table must hash the same (`hashes`).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, query
from tests.test_faults import mart_hashes

INCREMENTAL_MODELS = (
    "int_accounts_historized",
    "int_contacts_historized",
    "int_users_historized",
    "int_cases_attributed",
    "int_invoices_converted",
    "fct_invoices",
    "int_survey_responses_attributed",
    "fct_survey_responses",
    "int_customer_months",
    "int_customer_feedback_t12m",
    "int_customer_health_components",
    "mart_customer_health",
)


@pytest.fixture(scope="module")
def extracts(tmp_path_factory) -> Path:
    """A full drop and six daily deltas, the last three in a new month, with the generator's
    usual 1 % of messy rows."""
    from demodata import generate

    landing = tmp_path_factory.mktemp("incremental") / "all"
    generate(
        landing, accounts=200, seed=23, start=dt.date(2025, 8, 1), end=dt.date(2026, 11, 3),
        delta_days=6, progress=False,
    )  # fmt: skip
    return landing


def deliver(extracts: Path, landing: Path, dates: list[str]) -> None:
    """Copy the drops of `dates` (every system) into the landing dir."""
    for system_dir in extracts.iterdir():
        for date in dates:
            if (system_dir / date).is_dir():
                shutil.copytree(system_dir / date, landing / system_dir.name / date)


def load(landing: Path, build_db: Path) -> int:
    """Load every complete drop not loaded yet, as the raw assets do; return files loaded."""
    from orchestration.extracts import KINDS
    from orchestration.landing import scan
    from orchestration.loading import connect, load_file

    con = connect(build_db)
    loaded = 0
    try:
        for kind in KINDS:
            for drop in scan(landing, kind.system).drops:
                for path in sorted(drop.path.glob(kind.file_glob)):
                    loaded += not load_file(con, kind, drop, path, landing).skipped
    finally:
        con.close()
    return loaded


def rows(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def write_drop(landing: Path, system: str, date: str, name: str, lines: list[list[str]],
               delimiter: str) -> None:  # fmt: skip
    drop = landing / system / date
    drop.mkdir(parents=True, exist_ok=True)
    with (drop / name).open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(lines)
    (drop / "_SUCCESS").touch()


def deliver_corrections(landing: Path, build_db: Path, date: str) -> str:
    """A drop that moves one invoice and one response to another customer, the way a corrected
    AccountId or a re-sent survey with another recipient arrives, and delivers a late version
    of an account, stamped just before one of its complaints, in another segment: the case it
    returns is attributed to that segment now."""
    invoice, target_account = query(
        build_db,
        "select moved.invoice_no, other.customer_id from marts.fct_invoices as moved "
        "inner join marts.fct_invoices as other on moved.invoice_month = other.invoice_month "
        "and moved.customer_id <> other.customer_id order by 1, 2 limit 1",
    )[0]
    moved, other = query(
        build_db,
        "select moved.response_id, other.response_id from marts.fct_survey_responses as moved "
        "inner join marts.fct_survey_responses as other on moved.survey_id = other.survey_id "
        "and moved.customer_id <> other.customer_id order by 1, 2 limit 1",
    )[0]
    for path in sorted(landing.glob("billing/*/invoices.csv")):
        lines = rows(path, ";")
        if match := [line for line in lines[1:] if line[0] == invoice]:
            line = match[-1]
            line[lines[0].index("AccountId")] = target_account
            write_drop(landing, "billing", date, "invoices.csv", [lines[0], line], ";")
            break
    for path in sorted(landing.glob("survey/*/responses_*.csv")):
        lines = rows(path, ",")
        by_id = {line[lines[0].index("ResponseId")]: line for line in lines[3:]}
        if moved in by_id and other in by_id:
            line = by_id[moved]
            for column in ("RecipientEmail", "ExternalReference", "RecipientLastName"):
                line[lines[0].index(column)] = by_id[other][lines[0].index(column)]
            write_drop(landing, "survey", date, path.name, [*lines[:3], line], ",")
            break
    else:
        raise AssertionError(f"responses {moved} and {other} are not in one file")
    case, account, created_at = query(
        build_db,
        "select case_id, customer_id, created_at from intermediate.int_cases_attributed "
        "where segment in ('SMB', 'Enterprise') order by case_id limit 1",
    )[0]
    versions = [
        (lines[0], line)
        for path in sorted(landing.glob("crm/*/Account.csv"))
        for lines in [rows(path, ",")]
        for line in lines[1:]
        if line[0] == account
    ]
    header, line = versions[-1]
    line[header.index("Customer_Segment__c")] = "Mid-Market"
    stamped = created_at - dt.timedelta(seconds=1)
    line[header.index("SystemModstamp")] = stamped.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    write_drop(landing, "crm", date, "Account.csv", [header, line], ",")
    return case


def dbt(command: str, warehouse_dir: Path, target_path: Path, *args: str):
    """`dbt <command>` on the warehouse in `warehouse_dir`; the completed process."""
    return subprocess.run(
        [VENV_BIN / "dbt", command, "--target-path", str(target_path), *args],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=600,
        env={**os.environ, "LOYALTY_WAREHOUSE_DIR": str(warehouse_dir),
             "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
    )  # fmt: skip


def dbt_run(warehouse_dir: Path, target_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The models only (no tests), as a daily build runs them; fails on any error. Not
    mart_nps_drivers: it reads the table the Python asset between two dbt steps writes
    (orchestration/drivers.py), which dbt alone does not build."""
    result = dbt("build", warehouse_dir, target_path, "--quiet", *args,
                 "--exclude", "resource_type:test", "resource_type:unit_test",
                 "mart_nps_drivers")  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result


def hashes(build_db: Path) -> dict[str, str]:
    """Content hashes of every mart and intermediate table (tests/test_faults.py's `mart_hashes`)."""
    return mart_hashes(build_db) | {
        f"intermediate.{name}": value
        for name, value in mart_hashes(build_db, "intermediate").items()
    }


def took_incremental_path(target_path: Path) -> dict[str, bool]:
    """Whether each incremental model's last run selected changed keys (is_incremental())."""
    return {
        name: f"_changed_{name}" in next(target_path.glob(f"compiled/**/{name}.sql")).read_text()
        for name in INCREMENTAL_MODELS
    }


def test_incremental_runs_drop_by_drop_equal_a_full_refresh(extracts, tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse"
    build_db = warehouse / "warehouse.duckdb"
    target = tmp_path / "target"
    dates = sorted(p.name for p in (extracts / "billing").iterdir() if p.is_dir())
    # The full drop; three days one at a time; then three days at once (a missed weekend),
    # which open a new month: every customer's months are rebuilt.
    arrivals = [dates[:1], dates[1:2], dates[2:3], dates[3:4], dates[4:]]
    assert len(dates) == 7

    for number, arrival in enumerate(arrivals):
        deliver(extracts, landing, arrival)
        assert load(landing, build_db) > 0
        dbt_run(warehouse, target)
        assert set(took_incremental_path(target).values()) == {number > 0}
    # Corrections that move records to another customer: the customer they leave is rebuilt.
    next_day = (dt.date.fromisoformat(dates[-1]) + dt.timedelta(days=1)).isoformat()
    before = mart_hashes(build_db)
    case = deliver_corrections(landing, build_db, next_day)
    assert load(landing, build_db) == 3
    dbt_run(warehouse, target)
    assert query(
        build_db, "select segment from intermediate.int_cases_attributed where case_id = ?", [case]
    ) == [("Mid-Market",)]
    assert mart_hashes(build_db)["fct_invoices"] != before["fct_invoices"]
    assert mart_hashes(build_db)["fct_survey_responses"] != before["fct_survey_responses"]
    incremental = hashes(build_db)
    watermarks = query(build_db, "select model from intermediate._incremental_watermarks")
    assert sorted(m for (m,) in watermarks) == sorted(INCREMENTAL_MODELS)
    # A run without new files changes nothing.
    dbt_run(warehouse, target)
    assert hashes(build_db) == incremental

    dbt_run(warehouse, target, "--full-refresh")
    assert set(took_incremental_path(target).values()) == {False}
    full = hashes(build_db)
    assert full.keys() == incremental.keys() and len(full) > 20
    differing = sorted(name for name in full if full[name] != incremental[name])
    assert not differing, f"incremental and full-refresh builds differ in {differing}"


def test_every_project_var_is_in_the_build_fingerprint():
    """A var changes rows without new data: incremental models must see it (macros/incremental.sql)."""
    import yaml

    project_vars = yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text())["vars"]
    macro = (PROJECT_DIR / "macros" / "incremental.sql").read_text()
    fingerprint = macro[macro.index("macro build_fingerprint") :]
    assert project_vars and all(f"var('{name}')" in fingerprint for name in project_vars)


def test_staging_tests_read_only_the_files_loaded_since_the_last_publication(
    small_warehouse, tmp_path
):
    """Raw tables are append-only: a file's rows passed the staging tests of the run that
    published them (macros/tests/where.sql); without a publication every row is read."""
    import duckdb

    warehouse = tmp_path / "warehouse"
    shutil.copytree(small_warehouse.warehouse_dir, warehouse)
    build_db = warehouse / "warehouse.duckdb"
    published = query(build_db, "select max(loaded_until) from quality.publications")[0][0]
    assert published == query(build_db, "select max(loaded_at) from raw._load_ledger")[0][0]
    with duckdb.connect(str(build_db)) as con:  # a published row broken by hand
        con.execute(
            'update raw.crm_cases set "Id" = null where _row_number = 1 '
            "and _source_file = (select min(_source_file) from raw.crm_cases)"
        )

    def staging_tests() -> subprocess.CompletedProcess:
        return dbt("test", warehouse, tmp_path / "target", "--select", "stg_crm__cases",
                   "--exclude-resource-type", "unit_test")  # fmt: skip

    scoped = staging_tests()
    assert scoped.returncode == 0, scoped.stdout[-3000:]
    with duckdb.connect(str(build_db)) as con:
        con.execute("delete from quality.publications")
    everything = staging_tests()
    assert everything.returncode == 1 and "not_null_stg_crm__cases_case_id" in everything.stdout
