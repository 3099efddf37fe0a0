"""The engine the warehouse is built on, as one Dagster resource: `engine_from_env()` reads
`LOYALTY_TARGET` (duckdb, the default; postgres; spark), the only place that does.

Everything outside dbt that depends on the engine asks the `engine` resource:

- `dbt_target` / `dbt_target_path`: the profiles.yml target, and where its manifest is parsed.
- `ship`: the loader always parses, types and quarantines extract files with DuckDB into the
  build database's `raw` schema (orchestration/loading.py), so the quarantine and ledger rules
  are one code on every engine. Another engine then gets each file its own `raw._load_ledger`
  lacks, with its raw rows, quarantine rows and ledger row, together. DuckDB's engine is the
  build database itself: nothing to ship.
- `rows` / `append`: read a table as a DataFrame, add rows to a table (comment scoring, on the
  engines where dbt runs no Python models). `replace`: a table's rows replaced whole (the key
  drivers, orchestration/drivers.py, which also read dbt's tables through `rows`).
- `publish`: make the validated marts the ones BI reads, atomically.
- `attach_published`: the published marts in a DuckDB connection, for `make report`.
- the GX suites read the engine's tables through the reader for its `name`
  (orchestration/validation/readers.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import dagster as dg

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

TARGETS = ("duckdb", "postgres", "spark")
# The raw tables, ledger and quarantine are copied in this order: the ledger last, so that a
# file the target's ledger lists has all its rows there.
AUDIT_TABLES = ("_quarantine", "_load_ledger")


class Engine(dg.ConfigurableResource):
    """Where dbt builds the warehouse and where BI reads what is published."""

    name: ClassVar[str]
    # DuckDB runs dbt's Python model int_comment_scores; elsewhere an asset scores the comments
    # before dbt runs (orchestration/comment_scoring.py).
    runs_python_models: ClassVar[bool] = False
    # What publishing does, for the asset's description.
    publishes: ClassVar[str]

    @property
    def dbt_target(self) -> str:
        return self.name

    @property
    def dbt_target_path(self) -> Path:
        """Each engine parses into its own folder (`make manifest` too): their manifests differ,
        e.g. in int_comment_scores (a Python model on DuckDB only)."""
        return Path("target") / self.name

    @property
    def published_asset_key(self) -> dg.AssetKey:
        return dg.AssetKey(["bi", f"bi_{self.name}"])

    def ship(self, loading: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        """Copy the files of raw `table` loaded in `loading` and missing here; their names."""
        raise NotImplementedError

    def ship_ignored_files(self, loading: duckdb.DuckDBPyConnection) -> None:
        """The ignored files this engine's `raw._ignored_files` lacks (the table is made on the
        first run, empty or not, so that dbt finds its source)."""
        known = set(self.rows("raw._ignored_files", ["source_file"])["source_file"])
        frame = loading.execute(
            "select system, strftime(drop_date, '%Y-%m-%d') as drop_date, source_file, reason, "
            "strftime(noticed_at, '%Y-%m-%d %H:%M:%S') as noticed_at from raw._ignored_files "
            "order by source_file"
        ).df()
        self.append("raw._ignored_files", frame[~frame["source_file"].isin(known)])

    def rows(self, table: str, columns: list[str]) -> pd.DataFrame:
        """These columns of `table` (`schema.name`); no rows when it does not exist yet."""
        raise NotImplementedError

    def append(self, table: str, frame: pd.DataFrame) -> None:
        """Add the rows of `frame` to `table`, created (with its columns) when missing."""
        raise NotImplementedError

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        """Make `table` hold exactly the rows of `frame` (float columns as doubles, the rest
        as text), created when missing."""
        raise NotImplementedError

    def publish(self, tables: list[str], run_id: str) -> dict[str, Any]:
        """Make these `marts` tables the published ones, atomically, with a `_publication` table
        saying when and by which run; the publish asset's Dagster metadata."""
        raise NotImplementedError

    def attach_published(self, con: duckdb.DuckDBPyConnection, tables: list[str]) -> str:
        """These published marts in schema `marts` of a DuckDB connection (`make report`);
        where they were published. Raises LookupError when nothing is published."""
        raise NotImplementedError

    def before_dbt(self) -> None:
        """Called before dbt runs in this process."""

    def close(self) -> None:
        """Release what this process holds (a connection)."""


def engine_from_env(name: str | None = None) -> Engine:
    """The engine `LOYALTY_TARGET` names (or `name`), configured from the environment."""
    name = name or os.environ.get("LOYALTY_TARGET") or "duckdb"
    if name == "duckdb":
        from orchestration.engines.duckdb import DuckDBEngine

        return DuckDBEngine()
    if name == "postgres":
        from orchestration.engines.postgres import PostgresEngine

        return PostgresEngine.from_env()
    if name == "spark":
        from orchestration.engines.spark import SparkEngine

        return SparkEngine.from_env()
    from orchestration.config import SettingsError

    raise SettingsError(f"LOYALTY_TARGET={name!r}: choose one of {', '.join(TARGETS)}")
