"""Publish the validated marts to the BI database: build a new file, then rename it over the old."""

import datetime as dt
import os
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.config import settings
from orchestration.engines import connect_engine, target
from orchestration.loading import sql_string

PUBLISHED_SCHEMA = "marts"
# The history of every check run (orchestration/validation.py), published under the same name.
QUALITY_RESULTS = "quality.quality_results"
# Every publication, in the build database: what its raw checks may take as validated.
PUBLICATIONS = "quality.publications"
# Tests only: seconds to pause with the new file complete but not yet swapped in, so that a
# test can kill the run at the most delicate moment of publishing.
PAUSE_BEFORE_SWAP = "LOYALTY_TEST_PAUSE_BEFORE_SWAP"


def publish(build_db: Path, bi_db: Path, run_id: str = "") -> dict[str, int]:
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
            con.execute(
                f'create table {PUBLISHED_SCHEMA}."{table}" as '
                f'select * from build.{PUBLISHED_SCHEMA}."{table}"'
            ).fetchall()
            rows[table] = con.execute(
                f'select count(*) from {PUBLISHED_SCHEMA}."{table}"'
            ).fetchone()[0]
        has_history = con.execute(
            "select count(*) from duckdb_tables() where database_name = 'build' "
            "and schema_name || '.' || table_name = ?",
            [QUALITY_RESULTS],
        ).fetchone()[0]
        if has_history:
            schema = QUALITY_RESULTS.split(".")[0]
            con.execute(f"create schema {schema}").fetchall()
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
    record_publication(build_db, run_id)
    return rows


def record_publication(build_db: Path, run_id: str) -> None:
    """Append to PUBLICATIONS, in the build database, the load time up to which this build's raw
    files were all validated: later runs validate only the files loaded after it (validation.py,
    macros/tests/where.sql). Unrecorded (a run killed just before, a build without a ledger),
    the next run validates more, never less."""
    with duckdb.connect(str(build_db), config=settings().duckdb_config(build_db)) as con:
        has_ledger = con.execute(
            "select count(*) from duckdb_tables() where schema_name = 'raw' "
            "and table_name = '_load_ledger'"
        ).fetchone()[0]
        if not has_ledger:
            return
        con.execute(
            f"create schema if not exists {PUBLICATIONS.split('.')[0]}; "
            f"create table if not exists {PUBLICATIONS} "
            "(run_id varchar, published_at timestamp, loaded_until timestamp)"
        )
        con.execute(
            f"insert into {PUBLICATIONS} select ?, ?, max(loaded_at) from raw._load_ledger",
            [run_id, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
        )


def published_until(build_db: Path) -> dt.datetime | None:
    """The load time up to which every raw file passed a run that published; None when nothing
    was published (or the database cannot be read now): then everything is validated."""
    try:
        with duckdb.connect(str(build_db), read_only=True) as con:
            return con.execute(f"select max(loaded_until) from {PUBLICATIONS}").fetchone()[0]
    except duckdb.Error:
        return None


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


def build_publish_asset(mart_keys: list[dg.AssetKey]) -> dg.AssetsDefinition:
    engine_name = target()
    if engine_name != "duckdb":
        return _build_engine_publish_asset(engine_name, mart_keys)

    @dg.asset(
        key=dg.AssetKey(["bi", "bi_duckdb"]),
        deps=mart_keys,
        group_name="publish",
        kinds={"duckdb"},
        description=(
            "`$LOYALTY_WAREHOUSE_DIR/bi.duckdb`, schema `marts`: what BI tools read. Runs only "
            "when every blocking check upstream passed in this run, and replaces the previous "
            "file atomically."
        ),
    )
    def bi_duckdb(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        conf = settings()
        rows = publish(conf.build_db, conf.bi_db, context.run_id)
        context.log.info(f"published {len(rows)} marts to {conf.bi_db}")
        return dg.MaterializeResult(
            metadata={
                "path": dg.MetadataValue.path(str(conf.bi_db)),
                "marts": dg.MetadataValue.json(rows),
                "size_bytes": conf.bi_db.stat().st_size,
            }
        )

    return bi_duckdb


def _build_engine_publish_asset(
    engine_name: str, mart_keys: list[dg.AssetKey]
) -> dg.AssetsDefinition:
    how = {
        "postgres": "a copy of schema `marts` renamed to `bi` in one transaction",
        "spark": "each table's location switched to a complete new copy of its mart",
    }[engine_name]

    @dg.asset(
        key=dg.AssetKey(["bi", f"bi_{engine_name}"]),
        deps=mart_keys,
        group_name="publish",
        kinds={engine_name},
        description=(
            f"Schema `bi` on {engine_name}: what BI tools read. Runs only when every blocking "
            f"check upstream passed in this run; published atomically ({how})."
        ),
    )
    def _publish(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        tables = sorted(key.path[-1] for key in mart_keys)
        engine = connect_engine(engine_name)
        try:
            engine.publish(tables, context.run_id)
        finally:
            engine.close()
        record_publication(settings().build_db, context.run_id)
        context.log.info(f"published {len(tables)} marts to schema bi on {engine_name}")
        return dg.MaterializeResult(metadata={"schema": "bi", "marts": tables})

    return _publish
