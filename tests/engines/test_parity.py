"""The same demo drops built on DuckDB, PostgreSQL and Spark give the same marts.

Each engine runs the whole Dagster graph headless, as `make run` does with LOYALTY_TARGET set:
load, raw checks, dbt build, mart checks, publish. Then every published mart is compared with
DuckDB's, row by row: counts, money, dates and text exactly, floating-point columns within
1e-9. `make test-engines` runs this; `make test` does not (it needs a PostgreSQL server and a
JVM).
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import time
from dataclasses import dataclass
from decimal import Decimal

import duckdb
import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, Warehouse, new_warehouse

pytestmark = pytest.mark.engines

ENGINES = ("duckdb", "postgres", "spark")
FLOAT_TOLERANCE = 1e-9
DATABASE = "parity"


@dataclass
class Build:
    warehouse: Warehouse
    seconds: float
    marts: dict[str, tuple[list[str], list[tuple]]]
    # `make report`'s headline lines (after the line naming where the marts are).
    headlines: list[str]


def _published_marts(engine: str, wh: Warehouse) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every published mart: its column names and rows (what BI reads on that engine)."""
    if engine == "duckdb":
        with duckdb.connect(str(wh.bi_db), read_only=True) as con:
            names = [r[0] for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'marts'"
            ).fetchall()]  # fmt: skip
            return {
                name: (rel.columns, rel.fetchall())
                for name in names
                if not name.startswith("_")
                for rel in [con.sql(f'select * from marts."{name}"')]
            }
    if engine == "postgres":
        import psycopg2

        settings = wh.extra_env
        with psycopg2.connect(
            host=settings["LOYALTY_PG_HOST"], port=settings["LOYALTY_PG_PORT"],
            user=settings["LOYALTY_PG_USER"], dbname=settings["LOYALTY_PG_DATABASE"],
        ) as con, con.cursor() as cur:  # fmt: skip
            cur.execute(
                "select table_name from information_schema.tables where table_schema = 'bi'"
            )
            marts = {}
            for (name,) in cur.fetchall():
                if name.startswith("_"):
                    continue
                cur.execute(f'select * from bi."{name}"')
                marts[name] = ([c.name for c in cur.description], cur.fetchall())
            return marts
    # Spark: the Parquet files the `bi` tables point at, read without a JVM.
    (published,) = (wh.warehouse_dir / "lake" / "bi").iterdir()
    with duckdb.connect() as con:
        return {
            folder.name: (rel.columns, rel.fetchall())
            for folder in published.iterdir()
            for rel in [con.sql(f"select * from read_parquet('{folder}/*.parquet')")]
        }


def _parse(engine: str, env: dict[str, str]) -> None:
    """The manifest of this engine, as `make manifest` prepares it."""
    target_path = ["--target-path", f"target/{engine}"] if engine != "duckdb" else []
    subprocess.run(
        [VENV_BIN / "dbt", "parse", "--quiet", *target_path], cwd=PROJECT_DIR, env=env, check=True
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
            built[engine] = Build(wh, seconds, _published_marts(engine, wh), headlines)
        return built[engine]

    return _build


def _plain(value):
    """A value as compared: exact for everything but floating point."""
    if isinstance(value, Decimal):
        return value.normalize() if value.is_finite() else value
    return value


def _sort_key(row: tuple) -> tuple:
    return tuple((v is None, v) if v is not None else (True, 0) for v in row)


def _compare(reference: list[tuple], other: list[tuple]) -> float:
    """Assert the rows are equal; return the largest difference in a floating-point column."""
    assert len(other) == len(reference), f"{len(other)} rows, DuckDB has {len(reference)}"
    largest = 0.0
    for expected, got in zip(
        sorted(reference, key=_sort_key), sorted(other, key=_sort_key), strict=True
    ):
        for column, (a, b) in enumerate(zip(expected, got, strict=True)):
            if isinstance(a, float) and isinstance(b, float):
                assert math.isclose(a, b, rel_tol=0, abs_tol=FLOAT_TOLERANCE), (column, a, b)
                largest = max(largest, abs(a - b))
            else:
                assert _plain(a) == _plain(b), f"column {column}: DuckDB {a!r}, other {b!r}"
    return largest


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "duckdb"])
def test_every_mart_is_equal_to_duckdbs(build, engine):
    reference, other = build("duckdb").marts, build(engine).marts
    assert sorted(other) == sorted(reference)
    report = {}
    for mart, (columns, rows) in sorted(reference.items()):
        other_columns, other_rows = other[mart]
        assert list(other_columns) == list(columns), mart
        try:
            largest = _compare(rows, other_rows)
        except AssertionError as error:
            raise AssertionError(f"{engine}: {mart}: {error}") from None
        report[mart] = {"rows": len(rows), "largest_float_difference": largest}
    seconds = {e: round(build(e).seconds, 1) for e in ("duckdb", engine)}
    print(json.dumps({"engine": engine, "marts": report, "run_seconds": seconds}, indent=1))
    assert len(report) >= 15


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "duckdb"])
def test_make_report_prints_the_same_headlines(build, engine):
    """`make report` on another engine reads its published marts: the same figures."""
    assert build(engine).headlines == build("duckdb").headlines
    assert len(build("duckdb").headlines) >= 8
