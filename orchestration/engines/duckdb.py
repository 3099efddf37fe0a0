"""DuckDB: the build database is the engine; the marts are published by building a new
`bi.duckdb` and renaming it over the old one."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

import dagster as dg
import duckdb
import pandas as pd

from orchestration.config import settings
from orchestration.engines import Engine
from orchestration.sql import sql_ident, sql_string
from orchestration.state import QUALITY_RESULTS

PUBLISHED_SCHEMA = "marts"
# Tests only: seconds to pause with the new file complete but not yet swapped in, so that a
# test can kill the run at the most delicate moment of publishing.
PAUSE_BEFORE_SWAP = "LOYALTY_TEST_PAUSE_BEFORE_SWAP"


class DuckDBEngine(Engine):
    """The build database `$LOYALTY_WAREHOUSE_DIR/warehouse.duckdb`; BI reads `bi.duckdb`."""

    name: ClassVar[str] = "duckdb"
    runs_python_models: ClassVar[bool] = True
    publishes: ClassVar[str] = (
        "`$LOYALTY_WAREHOUSE_DIR/bi.duckdb`, schema `marts`, a new file renamed over the old one"
    )

    @property
    def dbt_target_path(self) -> Path:
        return Path("target")

    def ship(self, loading: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        """Nothing to ship: the loader wrote the raw files here."""
        return []

    def ship_ignored_files(self, loading: duckdb.DuckDBPyConnection) -> None:
        """Nothing to ship: the loader wrote them here."""

    def rows(self, table: str, columns: list[str]) -> pd.DataFrame:
        """Read with a connection of its own, closed at once: dbt writes here next."""
        conf = settings()
        with duckdb.connect(str(conf.build_db), config=conf.duckdb_config(conf.build_db)) as con:
            schema, name = table.split(".")
            exists = con.execute(
                "select count(*) from duckdb_tables() where schema_name = ? and table_name = ?",
                [schema, name],
            ).fetchone()[0]
            if not exists:
                return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
            return con.execute(
                f"select {', '.join(sql_ident(c) for c in columns)} from {sql_ident(schema)}."
                f"{sql_ident(name)}"
            ).df()

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        conf = settings()
        schema, name = table.split(".")
        columns = ", ".join(
            f"cast({sql_ident(c)} as {'double' if frame[c].dtype.kind == 'f' else 'varchar'}) "
            f"as {sql_ident(c)}"
            for c in frame.columns
        )
        with duckdb.connect(str(conf.build_db), config=conf.duckdb_config(conf.build_db)) as con:
            con.register("frame", frame)
            con.execute(f"create schema if not exists {sql_ident(schema)}")
            con.execute(
                f"create or replace table {sql_ident(schema)}.{sql_ident(name)} as "
                f"select {columns} from frame"
            )

    def publish(self, tables: list[str], run_id: str) -> dict[str, Any]:
        conf = settings()
        rows = publish_file(conf.build_db, conf.bi_db, run_id)
        return {
            "path": dg.MetadataValue.path(str(conf.bi_db)),
            "marts": dg.MetadataValue.json(rows),
            "size_bytes": conf.bi_db.stat().st_size,
        }

    def attach_published(self, con: duckdb.DuckDBPyConnection, tables: list[str]) -> str:
        bi_db = settings().bi_db
        if not bi_db.exists():
            raise LookupError(f"no database at {bi_db}: the run did not pass its blocking checks")
        con.execute(f"attach {sql_string(bi_db.as_posix())} as published (read_only)")
        con.execute(f"create schema if not exists {PUBLISHED_SCHEMA}")
        for table in tables:
            con.execute(
                f"create view {PUBLISHED_SCHEMA}.{sql_ident(table)} as "
                f"select * from published.{PUBLISHED_SCHEMA}.{sql_ident(table)}"
            )
        (count,) = con.execute(
            "select count(*) from duckdb_tables() where database_name = 'published' "
            "and schema_name = ?",
            [PUBLISHED_SCHEMA],
        ).fetchone()
        return f"{bi_db}  (schema {PUBLISHED_SCHEMA}: {count} tables)"


def publish_file(build_db: Path, bi_db: Path, run_id: str = "") -> dict[str, int]:
    """Copy every table of the build's `marts` schema into a fresh file and swap it in atomically.

    Readers that hold the old `bi.duckdb` open keep reading the old file until they reconnect;
    nobody ever sees a half-written database. `quality.quality_results`, the history of every
    check run, is copied too. Returns rows per published table."""
    bi_db.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_files(bi_db)
    tmp = bi_db.with_name(f".{bi_db.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp), config=settings().duckdb_config(tmp))
    try:
        con.execute(f"attach {sql_string(build_db.as_posix())} as build (read_only)").fetchall()
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where database_name = 'build' "
                "and schema_name = ? order by table_name",
                [PUBLISHED_SCHEMA],
            ).fetchall()
        ]
        if not tables:
            raise RuntimeError(
                f"{build_db} has no tables in schema {PUBLISHED_SCHEMA}; run dbt first"
            )
        con.execute(f"create schema {PUBLISHED_SCHEMA}").fetchall()
        rows = {}
        for table in tables:
            name = f"{PUBLISHED_SCHEMA}.{sql_ident(table)}"
            con.execute(f"create table {name} as select * from build.{name}").fetchall()
            rows[table] = con.execute(f"select count(*) from {name}").fetchone()[0]
        has_history = con.execute(
            "select count(*) from duckdb_tables() where database_name = 'build' "
            "and schema_name || '.' || table_name = ?",
            [QUALITY_RESULTS],
        ).fetchone()[0]
        if has_history:
            con.execute(f"create schema {QUALITY_RESULTS.split('.')[0]}").fetchall()
            con.execute(
                f"create table {QUALITY_RESULTS} as select * from build.{QUALITY_RESULTS} "
                "order by checked_at, check_name"
            ).fetchall()
        con.execute(
            f"create table {PUBLISHED_SCHEMA}._publication as select ? as published_at, ? as run_id",
            [dt.datetime.now(dt.UTC).replace(tzinfo=None), run_id],
        ).fetchall()
        con.execute("detach build").fetchall()
        con.execute("checkpoint").fetchall()
    finally:
        con.close()
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    if pause := os.environ.get(PAUSE_BEFORE_SWAP):
        print(f"publish: {tmp.name} complete, pausing before the swap", file=sys.stderr, flush=True)
        time.sleep(float(pause))
    os.replace(tmp, bi_db)
    dir_fd = os.open(bi_db.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return rows


def remove_abandoned_files(bi_db: Path) -> list[Path]:
    """Delete the temp files of publishers that died before their swap (a killed run).

    A temp file is named after its publisher's process id; one whose process is still alive is
    left alone. Returns the files removed."""
    removed = []
    for path in bi_db.parent.glob(f".{bi_db.name}.*.tmp*"):
        pid = path.name.removeprefix(f".{bi_db.name}.").split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
