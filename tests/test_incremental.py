"""Incremental builds: drop by drop, the marts equal a full refresh over the same drops.

The extracts arrive as production delivers them: the full drop, then daily deltas (new and
re-sent invoices, voids, restated FX rates, new CRM versions, late responses), one or several
at a time. After each arrival the loaders append the new files and `dbt build` runs
incrementally; at the end `dbt build --full-refresh` rebuilds everything from the same raw
tables, and every mart must hash the same (tests/test_faults.py's `mart_hashes`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, query
from tests.test_faults import mart_hashes

INCREMENTAL_MODELS = (
    "int_invoices_converted",
    "fct_invoices",
    "int_survey_responses_attributed",
    "fct_survey_responses",
)


@pytest.fixture(scope="module")
def extracts(tmp_path_factory) -> Path:
    """A full drop and six daily deltas, with the generator's usual 1 % of messy rows."""
    from demodata import generate

    landing = tmp_path_factory.mktemp("incremental") / "all"
    generate(
        landing, accounts=200, seed=23, start=dt.date(2025, 8, 1), end=dt.date(2026, 10, 31),
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


def dbt_run(warehouse_dir: Path, target_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "LOYALTY_WAREHOUSE_DIR": str(warehouse_dir),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    result = subprocess.run(
        [VENV_BIN / "dbt", "build", "--quiet", "--target-path", str(target_path), *args,
         "--exclude", "resource_type:test", "resource_type:unit_test"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result


def took_incremental_path(target_path: Path) -> dict[str, bool]:
    """Whether each incremental model's last run selected changed keys (is_incremental())."""
    return {
        name: "_incremental_watermarks"
        in next(target_path.glob(f"compiled/**/{name}.sql")).read_text()
        for name in INCREMENTAL_MODELS
    }


def test_incremental_runs_drop_by_drop_equal_a_full_refresh(extracts, tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse"
    build_db = warehouse / "warehouse.duckdb"
    target = tmp_path / "target"
    dates = sorted(p.name for p in (extracts / "billing").iterdir() if p.is_dir())
    # The full drop; three days one at a time; then three days at once (a missed weekend).
    arrivals = [dates[:1], dates[1:2], dates[2:3], dates[3:4], dates[4:]]
    assert len(dates) == 7

    for number, arrival in enumerate(arrivals):
        deliver(extracts, landing, arrival)
        assert load(landing, build_db) > 0
        dbt_run(warehouse, target)
        assert set(took_incremental_path(target).values()) == {number > 0}
    incremental = mart_hashes(build_db)
    watermarks = query(build_db, "select model from intermediate._incremental_watermarks")
    assert sorted(m for (m,) in watermarks) == sorted(INCREMENTAL_MODELS)
    # A run without new files changes nothing.
    dbt_run(warehouse, target)
    assert mart_hashes(build_db) == incremental

    dbt_run(warehouse, target, "--full-refresh")
    assert set(took_incremental_path(target).values()) == {False}
    full = mart_hashes(build_db)
    assert full.keys() == incremental.keys() and len(full) > 10
    differing = sorted(name for name in full if full[name] != incremental[name])
    assert not differing, f"incremental and full-refresh builds differ in {differing}"


def test_every_project_var_is_in_the_build_fingerprint():
    """A var changes rows without new data: incremental models must see it (macros/incremental.sql)."""
    import yaml

    project_vars = yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text())["vars"]
    macro = (PROJECT_DIR / "macros" / "incremental.sql").read_text()
    fingerprint = macro[macro.index("macro build_fingerprint") :]
    assert project_vars and all(f"var('{name}')" in fingerprint for name in project_vars)
