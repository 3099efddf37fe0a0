"""Spark: raw files land as Parquet in a lake folder; the marts are published by swapping table
locations.

The lake is `$LOYALTY_WAREHOUSE_DIR/lake` (LOYALTY_LAKE_DIR moves it, e.g. to a mounted object
store path): `raw/<table>/_drop_date=<date>/<file>.parquet`, one Parquet file per extract file,
partitioned by drop date; the ledger and quarantine as `raw/_load_ledger/` and
`raw/_quarantine/`, one file per extract file. DuckDB writes the Parquet; Spark's catalog then
knows each folder as an external table `raw.<table>`, its new partitions added (`_register`).

The Spark session is the one dbt's profile describes (profiles.yml, target `spark`): its
settings are read from there. With the embedded Derby metastore only one JVM may hold the
catalog, so the session here is stopped before every dbt run (`release`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import duckdb
import pandas as pd
import yaml

from orchestration.config import DBT_PROJECT_DIR, settings
from orchestration.engines import AUDIT_TABLES, Engine
from orchestration.sql import sql_string

PUBLISHED_SCHEMA = "bi"
_session: dict = {"spark": None}


def lake_dir() -> Path:
    value = os.environ.get("LOYALTY_LAKE_DIR")
    return Path(value).resolve() if value else settings().warehouse_dir / "lake"


def _file_key(source_file: str) -> str:
    """An extract file's path as one Parquet file name."""
    return re.sub(r"[^A-Za-z0-9._-]+", "__", source_file) + ".parquet"


@cache
def profile_settings() -> dict[str, str]:
    """server_side_parameters of the `spark` target in profiles.yml, rendered."""
    import jinja2

    def env_var(name: str, default: str | None = None) -> str:
        value = os.environ.get(name, default)
        if value is None:
            raise KeyError(f"profiles.yml needs the environment variable {name}")
        return value

    text = (DBT_PROJECT_DIR / "profiles.yml").read_text()
    environment = jinja2.Environment()
    # dbt's type filters; YAML types the values again.
    environment.filters.update({name: str for name in ("as_number", "as_bool", "as_text")})
    rendered = environment.from_string(text).render(env_var=env_var)
    target = yaml.safe_load(rendered)["loyalty_warehouse"]["outputs"]["spark"]
    return {k: str(v) for k, v in target.get("server_side_parameters", {}).items()}


def session():
    """The process's Spark session, started on first use (as dbt's `session` method does)."""
    if _session["spark"] is None:
        from pyspark.sql import SparkSession

        builder = SparkSession.builder.enableHiveSupport()
        for key, value in profile_settings().items():
            builder = builder.config(key, value)
        _session["spark"] = builder.getOrCreate()
    return _session["spark"]


def release() -> None:
    """Stop the session and its JVM, so that dbt's own can open the Derby metastore."""
    spark = _session["spark"]
    if spark is None:
        return
    from pyspark import SparkContext

    spark.stop()
    gateway = SparkContext._gateway
    if gateway is not None:
        gateway.shutdown()
        # The JVM outlives the gateway until told to end; its exit releases Derby's lock.
        proc = getattr(gateway, "proc", None)
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)
    SparkContext._gateway = None
    SparkContext._jvm = None
    _session["spark"] = None


class SparkEngine(Engine):
    """Spark with a lake of Parquet files: dbt's target `spark`, BI reads its database `bi`."""

    name: ClassVar[str] = "spark"
    publishes: ClassVar[str] = "each table's location switched to a complete new copy of its mart"
    lake_dir: str

    @classmethod
    def from_env(cls) -> SparkEngine:
        return cls(lake_dir=str(lake_dir()))

    @property
    def lake(self) -> Path:
        return Path(self.lake_dir)

    def before_dbt(self) -> None:
        """dbt's Spark session needs the Derby metastore this process's session holds."""
        release()

    @staticmethod
    def _write(loading: duckdb.DuckDBPyConnection, select: str, path: Path) -> None:
        """Write a select as one Parquet file, complete or not at all."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        loading.execute(f"copy ({select}) to '{partial.as_posix()}' (format parquet)")
        os.replace(partial, path)

    def ship(self, loading: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        known = set(self.rows("raw._load_ledger", ["source_file"])["source_file"])
        rows = loading.execute(
            "select source_file, drop_date from raw._load_ledger where raw_table = ? "
            "order by loaded_at",
            [table],
        ).fetchall()
        shipped = []
        for source_file, drop_date in rows:
            if source_file in known:
                continue
            quoted = sql_string(source_file)
            name = _file_key(source_file)
            self._write(
                loading,
                f"select * exclude (_drop_date) from raw.{table} where _source_file = {quoted} "
                "order by _row_number",
                self.lake / "raw" / table / f"_drop_date={drop_date.isoformat()}" / name,
            )
            # The ledger row last: a file the lake's ledger lists is there whole.
            for audit in AUDIT_TABLES:
                self._write(
                    loading,
                    f"select * from raw.{audit} where source_file = {quoted}",
                    self.lake / "raw" / audit / name,
                )
            shipped.append(source_file)
        # Registered on every run, new files or not: a run stopped between writing the files
        # and registering them is mended by the next one (the files are known by then).
        for name in (table, *AUDIT_TABLES):
            self._register(f"raw.{name}", partitioned=name == table)
        return shipped

    def _register(self, table: str, partitioned: bool) -> None:
        """The table's lake folder as an external Parquet table, with every partition there."""
        folder = self.lake / table.replace(".", "/")
        if not any(folder.rglob("*.parquet")):
            return
        spark = session()
        spark.sql(f"create database if not exists {table.split('.')[0]}")
        # Spark reads the columns from the files, and _drop_date from the folder names.
        spark.sql(f"create table if not exists {table} using parquet location '{folder}'")
        if partitioned:
            spark.sql(f"alter table {table} recover partitions")
        spark.sql(f"refresh table {table}")

    def rows(self, table: str, columns: list[str]) -> pd.DataFrame:
        """A table of the lake folder (what Dagster writes), else one dbt built, through Spark."""
        folder = self.lake / table.replace(".", "/")
        if not any(folder.glob("*.parquet")):
            schema, name = table.split(".")
            spark = session()
            if schema in {
                d.name for d in spark.catalog.listDatabases()
            } and spark.catalog.tableExists(name, schema):
                return spark.sql(f"select {', '.join(columns)} from {table}").toPandas()
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        with duckdb.connect() as con:
            return con.execute(
                f"select {', '.join(columns)} from read_parquet('{folder.as_posix()}/*.parquet')"
            ).df()

    def append(self, table: str, frame: pd.DataFrame) -> None:
        """One more Parquet file in the table's lake folder (the first even when empty: it gives
        the table its columns)."""
        folder = self.lake / table.replace(".", "/")
        if not len(frame) and any(folder.glob("*.parquet")):
            return
        # Text and double columns, whatever pandas inferred for a column of NULLs.
        columns = ", ".join(
            f'cast("{c}" as {"double" if frame[c].dtype.kind == "f" else "varchar"}) as "{c}"'
            for c in frame.columns
        )
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        with duckdb.connect() as con:
            con.register("frame", frame)
            self._write(con, f"select {columns} from frame", folder / f"{stamp}.parquet")
        self._register(table, partitioned=False)

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        """The lake folder emptied, then one Parquet file written (see `append`)."""
        folder = self.lake / table.replace(".", "/")
        if folder.exists():
            shutil.rmtree(folder)
        self.append(table, frame)
        session().sql(f"refresh table {table}")

    def publish(self, tables: list[str], run_id: str) -> dict[str, Any]:
        """Write the marts to a new folder, then point each `bi` table at it.

        `ALTER TABLE ... SET LOCATION` is one metastore update per table: a reader sees a table
        whole, old or new. The marts are swapped one after the other, so a query joining two
        marts during the swap may see one new and one old; the old folders are deleted after
        the swap, once no table points at them."""
        spark = session()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        root = self.lake / "bi"
        spark.sql(f"create database if not exists {PUBLISHED_SCHEMA}")
        for table in tables:
            location = (root / stamp / table).as_posix()
            frame = spark.table(f"marts.{table}")
            frame.write.parquet(location)
            if spark.catalog.tableExists(f"{PUBLISHED_SCHEMA}.{table}"):
                spark.sql(f"alter table {PUBLISHED_SCHEMA}.{table} set location '{location}'")
                spark.sql(f"refresh table {PUBLISHED_SCHEMA}.{table}")
            else:
                columns = ", ".join(f"`{f.name}` {f.dataType.simpleString()}" for f in frame.schema)
                spark.sql(
                    f"create table {PUBLISHED_SCHEMA}.{table} ({columns}) using parquet "
                    f"location '{location}'"
                )
        publication = spark.createDataFrame(
            [(dt.datetime.now(dt.UTC).replace(tzinfo=None), run_id)],
            "published_at timestamp_ntz, run_id string",
        )
        spark.sql(f"drop table if exists {PUBLISHED_SCHEMA}._publication")
        publication.write.saveAsTable(f"{PUBLISHED_SCHEMA}._publication")
        for old in root.iterdir():
            if old.name != stamp:
                shutil.rmtree(old, ignore_errors=True)
        return {"schema": PUBLISHED_SCHEMA, "marts": tables}

    def attach_published(self, con: duckdb.DuckDBPyConnection, tables: list[str]) -> str:
        """The published marts as views in schema `marts` of a DuckDB connection, over the
        Parquet files the `bi` tables point at (no JVM needed); where they were published."""
        con.execute("create schema if not exists marts")
        if not (self.lake / "bi").is_dir():
            raise LookupError(f"nothing published in {self.lake / 'bi'}")
        (published,) = (self.lake / "bi").iterdir()
        for table in tables:
            con.execute(
                f'create view marts."{table}" as '
                f"select * from read_parquet('{(published / table).as_posix()}/*.parquet')"
            )
        return f"Spark database {PUBLISHED_SCHEMA} (files: {published})"

    def close(self) -> None:
        """The session stays up for the next step; `release` stops it before dbt runs."""
