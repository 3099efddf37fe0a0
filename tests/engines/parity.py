"""Reading what an engine published, and comparing it with DuckDB's (the parity suite and
bench/engines.py)."""

from __future__ import annotations

import math
from decimal import Decimal

import duckdb

from tests.conftest import Warehouse

FLOAT_TOLERANCE = 1e-9
Marts = dict[str, tuple[list[str], list[tuple]]]


def published_marts(engine: str, wh: Warehouse) -> Marts:
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


def _plain(value):
    """A value as compared: exact for everything but floating point."""
    if isinstance(value, Decimal):
        return value.normalize() if value.is_finite() else value
    return value


def _sort_key(row: tuple) -> tuple:
    return tuple((v is None, v) if v is not None else (True, 0) for v in row)


def compare_rows(reference: list[tuple], other: list[tuple]) -> float:
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
