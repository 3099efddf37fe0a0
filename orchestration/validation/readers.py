"""What a suite reads, on the engine the warehouse is built on: the few questions asked before
GX runs (does the table exist, which columns does the select bind, how many rows, the suite's
figures), asked through one reader per engine.

Suites are written in DuckDB's SQL; on another engine sqlglot translates each statement
(identifiers, intervals, QUALIFY, date differences, division, GROUP BY ALL)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from orchestration.config import settings
from orchestration.sql import sql_ident
from orchestration.validation.suites import SuiteSpec

if TYPE_CHECKING:
    from orchestration.engines import Engine


class NotValidated(Exception):
    """The table could not be read; the message says why."""


@dataclass(frozen=True)
class Source:
    """What a suite reads: its select with the computed columns, and without them (as stored)."""

    db_path: Path | None  # the DuckDB file; None on another engine
    select: str
    stored: str
    columns: tuple[str, ...]
    row_count: int | None
    scope: str | None = None
    # How GX reaches the rows: "sql" (its SQL engine, `connection` for its SQL data source) or
    # "spark" (its Spark engine, on the process's Spark session).
    gx_engine: str = "sql"
    connection: Mapping[str, Any] = field(default_factory=dict)
    figures: Mapping[str, Any] = field(default_factory=dict)


class DuckDBReader:
    """The build database, read-only."""

    gx_engine = "sql"

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.where = f"`{db_path}`"

    def __enter__(self) -> DuckDBReader:
        if not self.db_path.exists():
            raise NotValidated(
                f"the database `{self.db_path}` does not exist (nothing materialized yet?)"
            )
        try:
            self.con = duckdb.connect(str(self.db_path), read_only=True)
        except duckdb.Error as error:
            raise NotValidated(f"could not open `{self.db_path}`: {error}") from error
        return self

    def __exit__(self, *exc: object) -> None:
        # Closed at once: DuckDB allows one writer, and dbt or a loader may need the file next.
        self.con.close()

    def sql(self, duckdb_sql: str) -> str:
        return duckdb_sql

    def rows(self, sql: str) -> list[tuple]:
        return self.con.execute(self.sql(sql)).fetchall()

    def table_exists(self, schema: str, table: str) -> bool:
        return bool(
            self.rows(
                "select 1 from information_schema.tables "
                f"where table_schema = '{schema}' and table_name = '{table}'"
            )
        )

    def columns(self, select: str) -> tuple[str, ...]:
        """The columns of `select`; raises Unbound when it does not bind."""
        try:
            return tuple(self.con.sql(f"{select} limit 0").columns)
        except duckdb.BinderException as error:
            raise Unbound(str(error)) from error

    def errors(self) -> tuple[type[Exception], ...]:
        return (duckdb.Error,)

    def gx_connection(self) -> dict[str, Any]:
        return {
            "connection_string": f"duckdb:///{self.db_path}",
            "kwargs": {
                "connect_args": {
                    "read_only": True,
                    "config": settings().duckdb_config(self.db_path),
                }
            },
        }


class Unbound(Exception):
    """A select names a column its table lacks."""


class PostgresReader(DuckDBReader):
    """The PostgreSQL database of the engine resource."""

    db_path = None

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.settings = engine.connection_settings()
        self.where = "PostgreSQL database `{dbname}` on {host}:{port}".format(**self.settings)

    def __enter__(self) -> DuckDBReader:
        import psycopg2

        try:
            self.con = psycopg2.connect(**self.settings)
        except psycopg2.Error as error:
            raise NotValidated(f"could not connect to the {self.where}: {error}") from error
        self.con.autocommit = True
        return self

    def sql(self, duckdb_sql: str) -> str:
        return transpile(duckdb_sql, "postgres")

    def rows(self, sql: str) -> list[tuple]:
        with self.con.cursor() as cur:
            cur.execute(self.sql(sql))
            return cur.fetchall()

    def columns(self, select: str) -> tuple[str, ...]:
        import psycopg2

        try:
            with self.con.cursor() as cur:
                cur.execute(f"select * from ({self.sql(select)}) as probe limit 0")
                return tuple(c.name for c in cur.description)
        except psycopg2.errors.UndefinedColumn as error:
            raise Unbound(str(error)) from error

    def errors(self) -> tuple[type[Exception], ...]:
        import psycopg2

        return (psycopg2.Error,)

    def gx_connection(self) -> dict[str, Any]:
        return {"connection_string": self.engine.sqlalchemy_url()}


class SparkReader(DuckDBReader):
    """The Spark catalog of the process's session."""

    gx_engine = "spark"
    db_path = None

    def __init__(self, engine: Engine) -> None:
        self.where = "the Spark catalog"

    def table_exists(self, schema: str, table: str) -> bool:
        return self.spark.catalog.tableExists(f"{schema}.{table}")

    def __enter__(self) -> DuckDBReader:
        from orchestration.engines.spark import session

        self.spark = session()
        return self

    def __exit__(self, *exc: object) -> None:
        """The session stays up for the next check (dbt's step stops it first)."""

    def sql(self, duckdb_sql: str) -> str:
        return transpile(duckdb_sql, "spark")

    def rows(self, sql: str) -> list[tuple]:
        return [tuple(row) for row in self.spark.sql(self.sql(sql)).collect()]

    def columns(self, select: str) -> tuple[str, ...]:
        from pyspark.errors import AnalysisException

        try:
            return tuple(self.spark.sql(self.sql(select)).columns)
        except AnalysisException as error:
            if "UNRESOLVED_COLUMN" in str(error):
                raise Unbound(str(error)) from error
            raise

    def errors(self) -> tuple[type[Exception], ...]:
        from pyspark.errors import PySparkException

        return (PySparkException,)

    def gx_connection(self) -> dict[str, Any]:
        return {}


def reader_for(engine: Engine | None, db_path: Path) -> DuckDBReader:
    """The reader of the warehouse `engine` builds: the DuckDB file at `db_path` (no engine, or
    DuckDB's), or the other engine's tables."""
    other = {"postgres": PostgresReader, "spark": SparkReader}.get(getattr(engine, "name", None))
    return DuckDBReader(db_path) if other is None else other(engine)


def transpile(duckdb_sql: str, dialect: str) -> str:
    import sqlglot
    from sqlglot import exp

    def group_by_all(node: exp.Expression) -> exp.Expression:
        """GROUP BY ALL (DuckDB, Spark) as the positions of the non-aggregates (PostgreSQL)."""
        group = node.args.get("group") if isinstance(node, exp.Select) else None
        if group is not None and group.args.get("all"):
            positions = [
                exp.Literal.number(i + 1)
                for i, column in enumerate(node.expressions)
                if not column.find(exp.AggFunc) and not isinstance(column.unalias(), exp.Literal)
            ]
            node.set("group", exp.Group(expressions=positions))
        return node

    tree = sqlglot.parse_one(duckdb_sql, read="duckdb")
    return tree.transform(group_by_all).sql(dialect=dialect)


def source_of(spec: SuiteSpec, reader: DuckDBReader, since: datetime | None = None) -> Source:
    """Check that the suite's table exists and its select binds, and count its rows; with
    `since`, only the rows of a raw table's files loaded after it (see `validate`)."""
    schema, table = spec.table.split(".")
    checked = (
        f"select * from ({spec.query}) as checked"
        if spec.query
        else f"select * from {sql_ident(schema)}.{sql_ident(table)}"
    )
    computed = [f"{sql} as {sql_ident(name)}" for name, sql in spec.computed_columns.items()]
    select = checked.replace("select *", f"select {', '.join(['*', *computed])}", 1)
    try:
        if not reader.table_exists(schema, table):
            raise NotValidated(
                f"the table `{spec.table}` does not exist in {reader.where}: "
                "materialize its asset first"
            )
        try:
            columns = reader.columns(select)
        except Unbound:
            # A column the computed columns need is missing; the column-set expectation names
            # it, and the expectations on computed columns fail as unevaluable.
            select = checked
            columns = reader.columns(select)
        scope = None
        if since is not None and schema == "raw" and not spec.query and "_source_file" in columns:
            new_files = (
                f"select source_file from raw._load_ledger where loaded_at > timestamp '{since}'"
            )
            select, checked = (
                f"select * from ({sql}) as scoped where _source_file in ({new_files})"
                for sql in (select, checked)
            )
            files = reader.rows(f"select count(*) from ({new_files}) as files")[0][0]
            scope = (
                f"{files} file{'' if files == 1 else 's'} loaded since the last "
                f"publication at {since:%Y-%m-%d %H:%M:%S}"
            )
        # A query suite's rows are counted by GX as it validates them: running an expensive
        # query once more just to count it would cost as much as the validation.
        row_count = (
            None if spec.query else reader.rows(f"select count(*) from ({select}) as counted")[0][0]
        )
        # One more pass over the rows, for the suites that have figures: a single aggregate.
        figures = _figures(spec, reader, select)
    except reader.errors() as error:
        raise NotValidated(f"could not read `{spec.table}` from {reader.where}: {error}") from error
    return Source(
        reader.db_path,
        reader.sql(select),
        reader.sql(checked),
        tuple(columns),
        row_count,
        scope,
        reader.gx_engine,
        reader.gx_connection(),
        figures,
    )


def _figures(spec: SuiteSpec, reader: DuckDBReader, select: str) -> dict[str, Any]:
    if not spec.figures:
        return {}
    columns = ", ".join(f"{sql} as {sql_ident(name)}" for name, sql in spec.figures.items())
    (row,) = reader.rows(f"select {columns} from ({select}) as validated")
    # PostgreSQL and DuckDB hand decimal literals (a threshold) back as Decimal, JSON takes float.
    return {
        name: float(value) if isinstance(value, Decimal) else value
        for name, value in zip(spec.figures, row, strict=True)
    }
