"""Shipping raw files to, and publishing on, PostgreSQL and the Spark lake: the rules the parity
suite relies on, checked where they could break (a repeated run, a failed publication)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration.engines import AUDIT_TABLES
from orchestration.engines.postgres import PostgresEngine
from orchestration.engines.spark import SparkEngine
from orchestration.extracts import KINDS

pytestmark = pytest.mark.engines


@pytest.fixture(scope="module")
def loading(small_warehouse, tmp_path_factory) -> Path:
    """A copy of a DuckDB build database: the loader's raw tables, ledger and quarantine."""
    copy = tmp_path_factory.mktemp("loading") / "warehouse.duckdb"
    shutil.copy(small_warehouse.build_db, copy)
    return copy


def _engine(postgres, database: str, monkeypatch) -> PostgresEngine:
    postgres.create_database(database)
    for key, value in postgres.env(database).items():
        monkeypatch.setenv(key, value)
    return PostgresEngine.from_env()


def _marts(engine: PostgresEngine, *tables: str) -> None:
    """A `marts` schema to publish: each table one row, version 1."""
    engine.execute("create schema marts")
    for table in tables:
        engine.execute(f"create table marts.{table} as select 1 as version")
    engine.connection.commit()


def test_postgres_gets_every_file_once_with_its_quarantine_and_ledger(
    loading, postgres, monkeypatch
):
    engine = _engine(postgres, "ship", monkeypatch)
    with duckdb.connect(str(loading), read_only=True) as con:
        shipped = {kind.table: engine.ship(con, kind.table) for kind in KINDS}
        again = {kind.table: engine.ship(con, kind.table) for kind in KINDS}
        ledger = con.execute(
            "select source_file, rows_read, rows_loaded, rows_quarantined from raw._load_ledger"
        ).fetchall()
        quarantined = con.execute("select count(*) from raw._quarantine").fetchone()[0]
    assert sum(map(len, shipped.values())) == len(ledger) > 0
    assert not any(again.values()), "a second run copies nothing"
    assert sorted(engine.execute(
        "select source_file, rows_read, rows_loaded, rows_quarantined from raw._load_ledger"
    )) == sorted(ledger)  # fmt: skip
    assert engine.execute("select count(*) from raw._quarantine")[0][0] == quarantined > 0
    # Every file's rows are there: rows read = rows loaded + rows quarantined, as in DuckDB.
    for kind in KINDS:
        loaded = dict(engine.execute(
            f"select _source_file, count(*) from raw.{kind.table} group by 1"
        ))  # fmt: skip
        for source_file, read, rows_loaded, rows_quarantined in ledger:
            if source_file in shipped[kind.table]:
                assert loaded.get(source_file, 0) == rows_loaded
                assert read == rows_loaded + rows_quarantined
    engine.close()


def test_postgres_publishes_the_whole_schema_or_nothing(postgres, monkeypatch):
    import psycopg2  # the engines extra: `make test` collects this module without it

    engine = _engine(postgres, "publish", monkeypatch)
    _marts(engine, "a", "b")
    engine.publish(["a", "b"], "run-1")
    engine.execute("update marts.a set version = 2")
    engine.connection.commit()
    with pytest.raises(psycopg2.Error):
        engine.publish(["a", "b", "missing"], "run-2")
    engine.connection.rollback()
    # The failed publication changed nothing: bi is still run 1's, whole.
    assert engine.execute("select version from bi.a") == [(1,)]
    assert engine.execute("select run_id from bi._publication") == [("run-1",)]
    engine.publish(["a", "b"], "run-3")
    assert engine.execute("select version from bi.a") == [(2,)]
    schemas = {s for (s,) in engine.execute("select schema_name from information_schema.schemata")}
    assert "bi" in schemas and not {s for s in schemas if s.startswith("bi_")}
    engine.close()


def test_postgres_bi_readers_can_read_every_publication(postgres, monkeypatch):
    import psycopg2

    engine = _engine(postgres, "grants", monkeypatch)
    engine.execute("create role bi_reader")
    _marts(engine, "a")

    def read_as_bi_reader(table: str):
        engine.execute("set role bi_reader")
        try:
            return engine.execute(f"select version from {table}")
        finally:
            engine.connection.rollback()

    # The setting is read when the resource is configured (definitions.py, at start).
    monkeypatch.setenv("LOYALTY_PG_BI_READERS", "bi_reader")
    engine.close()
    engine = PostgresEngine.from_env()
    for run in ("run-1", "run-2"):  # the second replaces the schema the first granted
        engine.publish(["a"], run)
        assert read_as_bi_reader("bi.a") == [(1,)]
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        read_as_bi_reader("marts.a")
    # A role the database lacks: a clear error, and the publication in place stays whole.
    monkeypatch.setenv("LOYALTY_PG_BI_READERS", "bi_reader, bi_missing")
    engine.close()
    engine = PostgresEngine.from_env()
    with pytest.raises(LookupError, match="'bi_missing'.*CREATE ROLE bi_missing"):
        engine.publish(["a"], "run-3")
    assert engine.execute("select run_id from bi._publication") == [("run-2",)]
    assert read_as_bi_reader("bi.a") == [(1,)]
    engine.close()


def test_the_lake_gets_every_file_once_ledger_last(loading, tmp_path, monkeypatch):
    engine = SparkEngine(lake_dir=str(tmp_path / "lake"))
    # Only what needs no JVM: the Parquet files (registering tables needs Spark).
    monkeypatch.setattr(SparkEngine, "_register", lambda *args, **kwargs: None)
    with duckdb.connect(str(loading), read_only=True) as con:
        shipped = {kind.table: engine.ship(con, kind.table) for kind in KINDS}
        again = {kind.table: engine.ship(con, kind.table) for kind in KINDS}
        files = con.execute("select count(*) from raw._load_ledger").fetchone()[0]
        survey = con.execute(
            "select count(*), count(distinct _drop_date) from raw.survey_responses"
        ).fetchone()
    assert sum(map(len, shipped.values())) == files and not any(again.values())
    lake = tmp_path / "lake" / "raw"
    for audit in AUDIT_TABLES:
        assert len(list((lake / audit).glob("*.parquet"))) == files
    assert not list(lake.rglob(".*.partial")), "no file is left half-written"
    with duckdb.connect() as con:
        rows, drops = con.execute(
            "select count(*), count(distinct _drop_date) from read_parquet("
            f"'{lake}/survey_responses/*/*.parquet', hive_partitioning = true)"
        ).fetchone()
    assert (rows, drops) == survey
