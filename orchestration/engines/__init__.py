"""The engine the warehouse is built on: `LOYALTY_TARGET` = duckdb (default), postgres or spark.

The same setting picks the dbt target (profiles.yml) and the `Engine` below, which Dagster uses
for everything outside dbt that touches the warehouse:

- `ship`: the loader always parses, types and quarantines extract files with DuckDB into the
  build database's `raw` schema (orchestration/loading.py), so the quarantine and ledger rules
  are one code on every engine. On another engine, each file the engine's own `raw._load_ledger`
  lacks is then copied there with its raw rows, quarantine rows and ledger row, together.
- `rows` / `append`: read a table as a DataFrame, add rows to a table (comment scoring).
- `publish`: make the validated marts the ones BI reads, atomically.
- `attach_published`: the published marts, for `make report`'s DuckDB queries.

DuckDB's engine is the build database itself: nothing to ship, and publishing is the file swap
in orchestration/publish.py.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

TARGETS = ("duckdb", "postgres", "spark")
# The raw tables, ledger and quarantine are copied in this order: the ledger last, so that a
# file the target's ledger lists has all its rows there.
AUDIT_TABLES = ("_quarantine", "_load_ledger")


class Engine(Protocol):
    name: str

    def ship(self, loading: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        """Copy the files of raw `table` loaded in `loading` and missing here; their names."""

    def rows(self, table: str, columns: list[str]) -> pd.DataFrame:
        """These columns of `table` (`schema.name`); no rows when it does not exist yet."""

    def append(self, table: str, frame: pd.DataFrame) -> None:
        """Add the rows of `frame` to `table`, created (with its columns) when missing."""

    def publish(self, tables: list[str], run_id: str) -> None:
        """Make these `marts` tables the published ones (schema `bi`), atomically, with a
        `_publication` table saying when and by which run."""

    def attach_published(self, con: duckdb.DuckDBPyConnection, tables: list[str]) -> str:
        """These published marts in schema `marts` of a DuckDB connection (`make report`)."""

    def close(self) -> None: ...


def target() -> str:
    value = os.environ.get("LOYALTY_TARGET") or "duckdb"
    if value not in TARGETS:
        from orchestration.config import SettingsError

        raise SettingsError(f"LOYALTY_TARGET={value!r}: choose one of {', '.join(TARGETS)}")
    return value


def connect_engine(name: str | None = None) -> Engine | None:
    """The engine `LOYALTY_TARGET` names, connected; None for DuckDB (the build database)."""
    name = name or target()
    if name == "postgres":
        from orchestration.engines.postgres import PostgresEngine

        return PostgresEngine.from_env()
    if name == "spark":
        from orchestration.engines.spark import SparkEngine

        return SparkEngine.from_env()
    return None
