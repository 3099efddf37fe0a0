"""The state a run leaves for the next one, in the build database's `quality` schema, each
table with one owner: a Dagster resource whose contract says who writes it and who reads it.

`quality.publications` (`Publications`)
    Written by the publish asset after each publication: the load time up to which every raw
    file passed a run that published, the as-of date and the fingerprint of the code and
    settings it was built with. Read by the raw GX checks (`validated_until`: they read only
    the files loaded after it), by dbt's tests on the staging views, through the token
    `__files_since_publication__` in their `where` config (dbt_project.yml), which
    macros/tests/where.sql replaces with the same filter, and by `make run`
    (orchestration/build.py: nothing to do when nothing changed since). No row, or no table:
    everything is validated. A run killed before recording validates more the next time,
    never less.

`quality.quality_results` (`QualityHistory`)
    Written by the GX checks (one row per suite run): the history of every check, which
    outlives Dagster's run storage; publishing copies it to `bi.duckdb`. Its page,
    `$LOYALTY_WAREHOUSE_DIR/quality_report.html`, is rendered from it after each step of checks,
    so the page is current even when a blocking check stops the run before the
    `quality/quality_report` asset, which renders it once more at the end and puts the counts on
    its Dagster page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import duckdb

from orchestration.config import PROJECT_DIR, settings

if TYPE_CHECKING:
    from orchestration.quality_report import Summary
    from orchestration.validation.outcome import Outcome
    from orchestration.validation.suites import SuiteSpec

QUALITY_SCHEMA = "quality"
PUBLICATIONS = f"{QUALITY_SCHEMA}.publications"
QUALITY_RESULTS = f"{QUALITY_SCHEMA}.quality_results"
QUALITY_RESULTS_DDL = f"""
create table if not exists {QUALITY_RESULTS} (
    run_id varchar not null,
    checked_at timestamp not null,
    check_name varchar not null,
    asset_key varchar not null,
    table_name varchar not null,
    blocking boolean not null,
    success boolean not null,
    expectations_evaluated integer not null,
    expectations_failed integer not null,
    row_count bigint,
    seconds double not null,
    failures varchar not null,
    figures varchar
)"""
# Histories begun before a column was added get it at the end (NULL in their earlier rows), so
# that a row is inserted in the same column order either way.
QUALITY_RESULTS_MIGRATIONS = (
    f"alter table {QUALITY_RESULTS} add column if not exists figures varchar",
)


# What a build is made of besides the data: a change to any of these is a reason to build again
# (orchestration/build.py). The LOYALTY_* settings count too, except the paths, which say where,
# not what, and the as-of date, which is recorded apart.
BUILD_INPUTS = ("dbt_project.yml", "profiles.yml", "models", "macros", "seeds", "data-tests",
                "expectations", "orchestration", "dashboard")  # fmt: skip
# Where the alerts are e-mailed (orchestration/alerts.py) changes no mart either.
NOT_BUILD_SETTINGS = {
    "LOYALTY_LANDING_DIR", "LOYALTY_WAREHOUSE_DIR", "LOYALTY_TODAY",
    "LOYALTY_SMTP_HOST", "LOYALTY_SMTP_PORT", "LOYALTY_SMTP_SENDER", "LOYALTY_ALERT_RECIPIENTS",
    "LOYALTY_SMTP_STARTTLS", "LOYALTY_SMTP_USER", "LOYALTY_SMTP_PASSWORD",
}  # fmt: skip


def build_fingerprint() -> str:
    """A hash of the project's code (`BUILD_INPUTS`) and the LOYALTY_* settings."""
    digest = hashlib.sha256()
    for name in BUILD_INPUTS:
        root = PROJECT_DIR / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(PROJECT_DIR).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    for name in sorted(os.environ):
        if name.startswith("LOYALTY_") and name not in NOT_BUILD_SETTINGS:
            digest.update(f"{name}={os.environ[name]}\0".encode())
    return digest.hexdigest()


class Publications(dg.ConfigurableResource):
    """`quality.publications`: up to which load time the raw files are validated, and what the
    published build was made of."""

    def record(self, build_db: Path, run_id: str) -> None:
        """Append the latest load time of this build's raw files, its as-of date and
        fingerprint (nothing without a ledger)."""
        with duckdb.connect(str(build_db), config=settings().duckdb_config(build_db)) as con:
            has_ledger = con.execute(
                "select count(*) from duckdb_tables() where schema_name = 'raw' "
                "and table_name = '_load_ledger'"
            ).fetchone()[0]
            if not has_ledger:
                return
            con.execute(
                f"create schema if not exists {QUALITY_SCHEMA}; "
                f"create table if not exists {PUBLICATIONS} "
                "(run_id varchar, published_at timestamp, loaded_until timestamp)"
            )
            # Ledgers begun before `make run` could skip a build gain the columns (NULL before).
            con.execute(
                f"alter table {PUBLICATIONS} add column if not exists as_of date; "
                f"alter table {PUBLICATIONS} add column if not exists fingerprint varchar"
            )
            con.execute(
                f"insert into {PUBLICATIONS} (run_id, published_at, loaded_until, as_of, "
                "fingerprint) select ?, ?, max(loaded_at), ?, ? from raw._load_ledger",
                [
                    run_id,
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    settings().today,
                    build_fingerprint(),
                ],
            )

    def validated_until(self, build_db: Path) -> dt.datetime | None:
        """The load time up to which every raw file passed a run that published; None when
        nothing was published (or the database cannot be read now)."""
        try:
            with duckdb.connect(str(build_db), read_only=True) as con:
                return con.execute(f"select max(loaded_until) from {PUBLICATIONS}").fetchone()[0]
        except duckdb.Error:
            return None


class QualityHistory(dg.ConfigurableResource):
    """`quality.quality_results` and the page rendered from it."""

    def record(
        self,
        outcomes: Sequence[tuple[SuiteSpec, Outcome]],
        build_db: Path,
        run_id: str,
        checked_at: dt.datetime,
    ) -> None:
        """Append the outcomes of one step's suites, creating the table when missing.

        One short transaction on a connection closed right after: DuckDB allows one writer,
        and the next step or dbt needs the file. A missing database is not created: the
        outcomes say why nothing was validated, and there is no warehouse to keep a history
        in."""
        if not Path(build_db).exists():
            raise FileNotFoundError(f"the database `{build_db}` does not exist")
        with duckdb.connect(str(build_db)) as con:
            con.execute("begin transaction")
            con.execute(f"create schema if not exists {QUALITY_SCHEMA}")
            con.execute(QUALITY_RESULTS_DDL)
            for migration in QUALITY_RESULTS_MIGRATIONS:
                con.execute(migration)
            con.executemany(
                f"insert into {QUALITY_RESULTS} values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        run_id,
                        checked_at,
                        spec.check_name,
                        "/".join(spec.asset_key),
                        spec.table,
                        spec.blocking,
                        outcome.success,
                        outcome.evaluated,
                        outcome.failed,
                        outcome.row_count,
                        outcome.seconds,
                        outcome.failures_markdown(),
                        json.dumps(dict(outcome.figures)) if outcome.figures else None,
                    ]
                    for spec, outcome in outcomes
                ],
            )
            con.execute("commit")

    def render(self, build_db: Path) -> Summary:
        """Render the page from the history (raises when it cannot be read or written)."""
        from orchestration.quality_report import write_report

        return write_report(build_db, settings().quality_report)
