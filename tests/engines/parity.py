"""Comparing what an engine published with what DuckDB published (the parity suite and
bench/engines.py).

Both sides are read into one DuckDB connection (the engine's marts through its own
`attach_published`, as `make report` reads them) and compared there in SQL, so that a tier-M
build (millions of rows) is compared without holding its rows in Python.
"""

from __future__ import annotations

import os
from unittest import mock

import duckdb

from orchestration.engines import engine_from_env
from tests.conftest import Warehouse

FLOAT_TOLERANCE = 1e-9
FLOAT_TYPES = ("DOUBLE", "FLOAT")


def published_marts(wh: Warehouse) -> list[str]:
    """The marts DuckDB published in this warehouse."""
    with duckdb.connect(str(wh.bi_db), read_only=True) as con:
        return [r[0] for r in con.execute(
            "select table_name from duckdb_tables() "
            "where schema_name = 'marts' and not starts_with(table_name, '_') order by 1"
        ).fetchall()]  # fmt: skip


def compare_published(engine: str, wh: Warehouse, reference: Warehouse) -> dict[str, dict]:
    """Every mart DuckDB published in `reference`, compared with what `engine` published in
    `wh`: its rows, and the largest difference found in a floating-point column. Raises
    AssertionError naming the mart, column and first unequal row."""
    marts = published_marts(reference)
    with duckdb.connect() as con, mock.patch.dict(os.environ, wh.env):
        published = engine_from_env(engine)
        try:
            published.attach_published(con, marts)
        finally:
            published.close()
        con.execute(f"attach '{reference.bi_db.as_posix()}' as reference (read_only)")
        return {mart: _compare(con, f'reference.marts."{mart}"', f'marts."{mart}"', mart)
                for mart in marts}  # fmt: skip


def _compare(con: duckdb.DuckDBPyConnection, expected: str, got: str, mart: str) -> dict:
    """Sort both tables by all their columns, pair rows by position, and compare: everything
    exactly but floating point, which is compared within FLOAT_TOLERANCE."""
    reference = con.sql(f"select * from {expected}")
    columns, types = reference.columns, [str(t) for t in reference.types]
    other = con.sql(f"select * from {got}").columns
    assert other == columns, f"{mart}: columns {other}, DuckDB has {columns}"
    order = ", ".join(f'"{c}" nulls last' for c in columns)
    numbered = "select *, row_number() over (order by {order}) as _n from {table}"
    floats = [c for c, t in zip(columns, types, strict=True) if t in FLOAT_TYPES]
    unequal = " or ".join(
        f'abs(a."{c}" - b."{c}") > {FLOAT_TOLERANCE} or (a."{c}" is null) <> (b."{c}" is null)'
        if c in floats
        else f'a."{c}" is distinct from b."{c}"'
        for c in columns
    )
    largest = " , ".join(f'max(abs(a."{c}" - b."{c}"))' for c in floats) or "0"
    found = con.execute(f"""
        with a as ({numbered.format(order=order, table=expected)}),
             b as ({numbered.format(order=order, table=got)})
        select
            (select count(*) from a), (select count(*) from b),
            count(*) filter (where a._n is null or b._n is null or {unequal}),
            min(a._n) filter (where a._n is null or b._n is null or {unequal}),
            greatest({largest}, 0)
        from a full join b using (_n)
    """).fetchone()  # fmt: skip
    rows, other_rows, unequal_rows, first, largest_difference = found
    assert other_rows == rows, f"{mart}: {other_rows} rows, DuckDB has {rows}"
    if unequal_rows:
        pair = con.execute(f"""
            with a as ({numbered.format(order=order, table=expected)}),
                 b as ({numbered.format(order=order, table=got)})
            select a.* exclude (_n), b.* exclude (_n) from a join b using (_n) where _n = ?
        """, [first]).fetchone()  # fmt: skip
        diffs = {c: (pair[i], pair[len(columns) + i]) for i, c in enumerate(columns)
                 if pair[i] != pair[len(columns) + i]}  # fmt: skip
        raise AssertionError(
            f"{mart}: {unequal_rows} of {rows} rows differ; first (DuckDB, other): {diffs}"
        )
    return {"rows": rows, "largest_float_difference": largest_difference or 0.0}
