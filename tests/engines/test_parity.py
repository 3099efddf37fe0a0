"""The same demo drops built on DuckDB, PostgreSQL and Spark give the same marts.

Each engine runs the whole Dagster graph headless, as `make run` does with LOYALTY_TARGET set:
load, raw checks, dbt build, mart checks, publish. Then every published mart is compared with
DuckDB's, row by row: counts, money, dates and text exactly, floating-point columns within
1e-9. `make test-engines` runs this; `make test` does not (it needs a PostgreSQL server and a
JVM).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import dataclass

import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, Warehouse, new_warehouse, run_unit_tests
from tests.engines.parity import compare_published

pytestmark = pytest.mark.engines

ENGINES = ("duckdb", "postgres", "spark")
DATABASE = "parity"


@dataclass
class Build:
    warehouse: Warehouse
    seconds: float
    # `make report`'s headline lines (after the line naming where the marts are).
    headlines: list[str]


def _parse(engine: str, env: dict[str, str]) -> None:
    """The manifest of this engine, as `make manifest` prepares it."""
    target_path = ["--target-path", f"target/{engine}"] if engine != "duckdb" else []
    subprocess.run(
        [VENV_BIN / "dbt", "parse", "--quiet", "--target", engine, *target_path],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
    )


@pytest.fixture(scope="module")
def build(small_extracts, postgres, tmp_path_factory):
    """`build(engine)`: the run of the whole graph on that engine, once per module."""
    built: dict[str, Build] = {}

    def _build(engine: str) -> Build:
        if engine not in built:
            wh = new_warehouse(tmp_path_factory.mktemp(engine))
            shutil.copytree(small_extracts, wh.landing_dir)
            wh.extra_env = {"LOYALTY_TARGET": engine}
            if engine == "postgres":
                postgres.create_database(DATABASE)
                wh.extra_env |= postgres.env(DATABASE)
            _parse(engine, wh.env)
            started = time.perf_counter()
            result = wh.materialize()
            seconds = time.perf_counter() - started
            assert result.returncode == 0, (
                f"{engine}: " + result.stdout[-3000:] + result.stderr[-8000:]
            )
            report = subprocess.run(
                [VENV_BIN / "python", "-m", "orchestration.report"], cwd=PROJECT_DIR,
                env=wh.env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            lines = report.stdout.splitlines()
            published = next(i for i, line in enumerate(lines) if "Published marts" in line)
            headlines = lines[published + 1 : lines.index("", published)]
            built[engine] = Build(wh, seconds, headlines)
        return built[engine]

    return _build


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "duckdb"])
def test_every_mart_is_equal_to_duckdbs(build, engine):
    report = compare_published(engine, build(engine).warehouse, build("duckdb").warehouse)
    seconds = {e: round(build(e).seconds, 1) for e in ("duckdb", engine)}
    print(json.dumps({"engine": engine, "marts": report, "run_seconds": seconds}, indent=1))
    assert len(report) >= 15
    assert all(mart["rows"] > 0 for mart in report.values()), report


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "duckdb"])
def test_make_report_prints_the_same_headlines(build, engine):
    """`make report` on another engine reads its published marts: the same figures."""
    assert build(engine).headlines == build("duckdb").headlines
    assert len(build("duckdb").headlines) >= 8


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "duckdb"])
def test_every_dbt_unit_test_passes_on(build, engine, tmp_path):
    """The models' hand-computed unit tests hold on this engine too (as on DuckDB in
    tests/test_end_to_end.py), run on the relations its build made."""
    assert run_unit_tests(build(engine).warehouse.env, tmp_path / "target") >= 27
