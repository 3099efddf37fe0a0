"""PostgreSQL: raw files arrive by COPY, the marts are published by a schema swap.

Connection settings are the dbt profile's (profiles.yml, target `postgres`): LOYALTY_PG_HOST,
LOYALTY_PG_PORT, LOYALTY_PG_USER, LOYALTY_PG_PASSWORD, LOYALTY_PG_DATABASE. The roles BI tools
log in with, LOYALTY_PG_BI_READERS (comma-separated), are granted every publication.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any, ClassVar

import duckdb
import pandas as pd
from pydantic import PrivateAttr

from orchestration.engines import AUDIT_TABLES, Engine
from orchestration.sql import sql_string

# BI reads the schema `bi`: a copy of `marts` swapped in whole (see `publish`).
PUBLISHED_SCHEMA = "bi"
# DuckDB's types of the raw tables, as PostgreSQL's. A map of answers becomes jsonb.
TYPES = {
    "VARCHAR": "text",
    "DOUBLE": "double precision",
    "BIGINT": "bigint",
    "INTEGER": "integer",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
}


def pg_type(duckdb_type: str) -> str:
    if duckdb_type.startswith("DECIMAL"):
        return duckdb_type.replace("DECIMAL", "numeric")
    if duckdb_type.startswith("MAP("):
        return "jsonb"
    return TYPES[duckdb_type]


class PostgresEngine(Engine):
    """A PostgreSQL database: dbt's target `postgres`, BI reads its schema `bi`."""

    name: ClassVar[str] = "postgres"
    publishes: ClassVar[str] = "a copy of schema `marts` renamed to `bi` in one transaction"
    host: str = "127.0.0.1"
    port: str = "5432"
    user: str = "loyalty"
    password: str = ""
    dbname: str = "warehouse"
    # The roles granted read access to each publication.
    bi_readers: list[str] = []
    _connection: Any = PrivateAttr(default=None)

    @classmethod
    def from_env(cls) -> PostgresEngine:
        env = os.environ.get
        readers = env("LOYALTY_PG_BI_READERS", "").split(",")
        return cls(
            host=env("LOYALTY_PG_HOST") or "127.0.0.1",
            port=env("LOYALTY_PG_PORT") or "5432",
            user=env("LOYALTY_PG_USER") or "loyalty",
            password=env("LOYALTY_PG_PASSWORD") or "",
            dbname=env("LOYALTY_PG_DATABASE") or "warehouse",
            bi_readers=[r.strip() for r in readers if r.strip()],
        )

    def connection_settings(self) -> dict[str, str]:
        """psycopg2's keyword arguments."""
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            "dbname": self.dbname,
        }

    def sqlalchemy_url(self) -> str:
        password = f":{self.password}" if self.password else ""
        return f"postgresql+psycopg2://{self.user}{password}@{self.host}:{self.port}/{self.dbname}"

    @property
    def connection(self):
        """This process's connection, opened on first use."""
        if self._connection is None or self._connection.closed:
            import psycopg2

            self._connection = psycopg2.connect(**self.connection_settings())
        return self._connection

    def execute(self, sql: str, params: tuple | list | None = None) -> list[tuple]:
        with self.connection.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def rows(self, table: str, columns: list[str]) -> pd.DataFrame:
        schema, name = table.split(".")
        exists = self.execute(
            "select 1 from information_schema.tables where table_schema = %s and table_name = %s",
            (schema, name),
        )
        found = self.execute(f"select {', '.join(columns)} from {table}") if exists else []
        self.connection.rollback()
        return pd.DataFrame(found, columns=columns, dtype=object)

    def _copy(self, loading: duckdb.DuckDBPyConnection, select: str, table: str) -> None:
        """COPY the rows of a DuckDB select into `table`, through a CSV file.

        DuckDB writes NULL as an empty field and an empty string as "", which COPY's csv format
        reads back as NULL and '' respectively."""
        columns = loading.sql(select).columns
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "rows.csv"
            loading.execute(f"copy ({select}) to '{path.as_posix()}' (format csv, header false)")
            with path.open("rb") as f, self.connection.cursor() as cur:
                cols = ", ".join(f'"{c}"' for c in columns)
                cur.copy_expert(f"copy {table} ({cols}) from stdin (format csv)", f)

    def _create_like(self, loading: duckdb.DuckDBPyConnection, table: str) -> None:
        described = loading.execute(f"describe raw.{table}").fetchall()
        cols = ", ".join(f'"{name}" {pg_type(type_)}' for name, type_, *_ in described)
        self.execute(f"create table if not exists raw.{table} ({cols})")

    def ship(self, loading: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        self.execute("create schema if not exists raw")
        for name in (table, *AUDIT_TABLES):
            self._create_like(loading, name)
        self.connection.commit()
        known = {f for (f,) in self.execute("select source_file from raw._load_ledger")}
        files = [
            f
            for (f,) in loading.execute(
                "select source_file from raw._load_ledger where raw_table = ? order by loaded_at",
                [table],
            ).fetchall()
            if f not in known
        ]
        described = loading.execute(f"describe raw.{table}").fetchall()
        # A map of answers travels as a JSON object.
        cols = ", ".join(
            f'to_json("{name}") as "{name}"' if type_.startswith("MAP(") else f'"{name}"'
            for name, type_, *_ in described
        )
        for source_file in files:
            quoted = sql_string(source_file)
            try:
                self._copy(
                    loading,
                    f"select {cols} from raw.{table} where _source_file = {quoted} "
                    "order by _row_number",
                    f"raw.{table}",
                )
                for audit in AUDIT_TABLES:
                    self._copy(
                        loading,
                        f"select * from raw.{audit} where source_file = {quoted}",
                        f"raw.{audit}",
                    )
                self.connection.commit()
            except BaseException:
                self.connection.rollback()
                raise
        return files

    def append(self, table: str, frame: pd.DataFrame) -> None:
        schema = table.split(".")[0]
        kinds = {"f": "double precision", "i": "bigint", "b": "boolean"}
        cols = ", ".join(f'"{c}" {kinds.get(frame[c].dtype.kind, "text")}' for c in frame.columns)
        self.execute(f"create schema if not exists {schema}")
        self.execute(f"create table if not exists {table} ({cols})")
        with duckdb.connect() as scratch:
            scratch.register("frame", frame)
            self._copy(scratch, "select * from frame", table)
        self.connection.commit()

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        """Dropped and written again in one transaction: readers see the old rows or the new."""
        self.execute(f"drop table if exists {table}")
        self.append(table, frame)

    def publish(self, tables: list[str], run_id: str) -> dict[str, Any]:
        """Copy `marts` into a new schema and swap it in as `bi` in one transaction.

        A BI query sees the old schema or the new one, never a mix: PostgreSQL's DDL is
        transactional, and the renames take their locks only at the swap."""
        next_schema = f"{PUBLISHED_SCHEMA}_next"
        self.execute(f"drop schema if exists {next_schema} cascade")
        self.execute(f"create schema {next_schema}")
        for table in tables:
            self.execute(f'create table {next_schema}."{table}" as select * from marts."{table}"')
        self.execute(
            f"create table {next_schema}._publication as "
            "select %s::timestamp as published_at, %s::text as run_id",
            (dt.datetime.now(dt.UTC).replace(tzinfo=None), run_id),
        )
        self._grant_readers(next_schema)
        self.connection.commit()
        # The swap: one transaction.
        self.execute(f"drop schema if exists {PUBLISHED_SCHEMA} cascade")
        self.execute(f"alter schema {next_schema} rename to {PUBLISHED_SCHEMA}")
        self.connection.commit()
        return {"schema": PUBLISHED_SCHEMA, "marts": tables}

    def _grant_readers(self, schema: str) -> None:
        """BI's roles read the new schema from the moment it is swapped in: it is a new schema,
        so grants on the old one do not carry over."""
        import psycopg2
        from psycopg2 import sql

        for role in self.bi_readers:
            try:
                for grant in ("grant usage on schema {} to {}",
                              "grant select on all tables in schema {} to {}"):  # fmt: skip
                    self.execute(
                        sql.SQL(grant).format(sql.Identifier(schema), sql.Identifier(role))
                    )
            except psycopg2.errors.UndefinedObject:
                self.connection.rollback()
                raise LookupError(
                    f"LOYALTY_PG_BI_READERS names the role {role!r}, which database "
                    f"{self.dbname!r} does not have: create it "
                    f"(CREATE ROLE {role}) or remove it from the setting. Nothing was published."
                ) from None

    def attach_published(self, con: duckdb.DuckDBPyConnection, tables: list[str]) -> str:
        """Copy these published marts into schema `marts` of a DuckDB connection (the report's
        queries are DuckDB SQL), with their PostgreSQL column types; where they were published."""
        con.execute("create schema if not exists marts")
        for table in tables:
            columns = self.execute(
                "select column_name, data_type, numeric_precision, numeric_scale "
                "from information_schema.columns where table_schema = %s and table_name = %s "
                "order by ordinal_position",
                (PUBLISHED_SCHEMA, table),
            )
            if not columns:
                raise LookupError(f"no table {PUBLISHED_SCHEMA}.{table}")
            types = {
                "numeric": None, "text": "VARCHAR", "character varying": "VARCHAR",
                "double precision": "DOUBLE", "timestamp without time zone": "TIMESTAMP",
            }  # fmt: skip
            ddl = ", ".join(
                f'"{name}" '
                + (
                    f"DECIMAL({precision}, {scale})"
                    if data_type == "numeric"
                    else types.get(data_type) or data_type.upper()
                )
                for name, data_type, precision, scale in columns
            )
            con.execute(f'create table marts."{table}" ({ddl})')
            # Through CSV text, cast by DuckDB to the declared types: exact for NUMERIC.
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "rows.csv"
                with path.open("wb") as f, self.connection.cursor() as cur:
                    cur.copy_expert(
                        f'copy (select * from {PUBLISHED_SCHEMA}."{table}") to stdout (format csv)',
                        f,
                    )
                con.execute(
                    f'insert into marts."{table}" select * from '
                    f"read_csv('{path.as_posix()}', header = false, all_varchar = true)"
                )
        self.connection.rollback()
        return (
            f"PostgreSQL {self.host}:{self.port}, database {self.dbname}, schema {PUBLISHED_SCHEMA}"
        )

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
