"""Great Expectations suites, run as Dagster asset checks.

Each file under `expectations/<layer>/<suite>.json` is one GX 1.x ExpectationSuite in GX's own
serialization. Its `meta` names the Dagster asset it checks (`asset_key`), the table it reads
(`table`, `schema.name` in the build database) and whether a failure stops everything
downstream (`blocking`). Two optional keys help the reader of a failure: `row_id_columns` (shown
beside each unexpected value, so a failure points at a file line or a mart row) and
`computed_columns` (name -> DuckDB expression, added to the rows for rules across columns such
as `rows_read = rows_loaded + rows_quarantined`). A suite about consistency between tables gives a
`query` (DuckDB SQL over the build database) whose result it validates instead of the table's
rows: either only the rows that break the rule (a failure lists them), or one flag per row when
the share that breaks it matters (referential integrity with `mostly`). `figures` (name -> SQL
aggregate over the rows validated) are counts and shares shown with the check whether it passes
or not. Settings reach a suite as the named `PARAMETERS`: `{{ name }}` in a query or a figure
(an SQL literal), `{"$PARAMETER": "name"}` in an expectation's arguments (GX's own suite
parameters, with arithmetic: `"1 - max_unknown_reference_share"`).

Validation runs on GX's SQL engine, inside DuckDB: GX compiles each expectation to SQL, so memory
stays flat however large the table (see `_teach_gx_duckdb` for the two patches this needs). On
another engine (LOYALTY_TARGET, docs/scaling.md) the suites read that engine's tables: GX's SQL
engine on PostgreSQL, its Spark engine on Spark DataFrames, the queries translated by sqlglot.

Every run of a suite as a Dagster check also appends one row to `quality.quality_results` in the
build database (created when missing), so that the history of every check outlives Dagster's
run storage; publishing copies it to `bi.duckdb`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from orchestration.config import EXPECTATIONS_DIR, Settings, settings
from orchestration.engines import target
from orchestration.publish import published_until
from orchestration.quality_report import describe_figures, write_report

# GX takes several seconds to import and every Dagster step process loads this module, so GX
# (and pandas) are imported where a suite is built or run, never at module import.
if TYPE_CHECKING:
    import pandas as pd
    from great_expectations import ExpectationSuite
    from great_expectations.data_context import AbstractDataContext

# How many unexpected values a failure shows.
SHOWN_VALUES = 5

# The history of every check run, in the build database and published beside the marts.
QUALITY_SCHEMA = "quality"
QUALITY_RESULTS = f"{QUALITY_SCHEMA}.quality_results"
QUALITY_RESULTS_DDL = f"""
create table if not exists {QUALITY_RESULTS} (
    run_id varchar not null,
    checked_at timestamp not null,
    check_name varchar not null,
    asset_key varchar not null,
    table_name varchar not null,
    blocking boolean not null,
    success boolean not null,
    expectations_evaluated integer not null,
    expectations_failed integer not null,
    row_count bigint,
    seconds double not null,
    failures varchar not null,
    figures varchar
)"""
# Histories begun before a column was added get it at the end (NULL in their earlier rows), so
# that a row is inserted in the same column order either way.
QUALITY_RESULTS_MIGRATIONS = (
    f"alter table {QUALITY_RESULTS} add column if not exists figures varchar",
)


# The settings a suite may name: `{{ name }}` in its query or figures (as an SQL literal), and
# `{"$PARAMETER": "<expression of names>"}` in an expectation's arguments (as a GX suite
# parameter). One table, so that a setting means the same wherever a suite uses it.
PARAMETERS: dict[str, Callable[[Settings], Any]] = {
    "today": lambda conf: conf.today,
    "freshness_days": lambda conf: conf.freshness_days,
    "max_unknown_reference_share": lambda conf: conf.max_unknown_reference_share,
}
_PARAMETER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_NAME = re.compile(r"[A-Za-z_]\w*")


def parameter_values(conf: Settings) -> dict[str, Any]:
    return {name: value(conf) for name, value in PARAMETERS.items()}


def _with_parameters(sql: str) -> str:
    """`sql` with each `{{ name }}` replaced by the setting's value as an SQL literal."""
    values = parameter_values(settings())

    def literal(match: re.Match) -> str:
        value = values[match[1]]
        return f"date '{value.isoformat()}'" if isinstance(value, date) else str(value)

    return _PARAMETER.sub(literal, sql)


def _suite_parameter_names(value: Any) -> set[str]:
    """The names used by GX `$PARAMETER` expressions anywhere in an expectation's arguments."""
    if isinstance(value, Mapping):
        if isinstance(value.get("$PARAMETER"), str):
            return set(_NAME.findall(value["$PARAMETER"]))
        return set().union(*map(_suite_parameter_names, value.values()))
    if isinstance(value, list):
        return set().union(*map(_suite_parameter_names, value))
    return set()


class SuiteError(ValueError):
    """A suite file that is not a valid suite for this project."""


@dataclass(frozen=True)
class SuiteSpec:
    """One suite file: what it validates and how a failure counts."""

    name: str
    path: Path
    asset_key: tuple[str, ...]
    table: str
    blocking: bool
    description: str
    document: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def check_name(self) -> str:
        return f"gx_{self.name}"

    @property
    def computed_columns(self) -> dict[str, str]:
        return dict(self.document["meta"].get("computed_columns", {}))

    @property
    def query(self) -> str | None:
        """The suite's query with its parameters filled in from the settings, if it has one."""
        query = self.document["meta"].get("query")
        return None if query is None else _with_parameters(query)

    @property
    def figures(self) -> dict[str, str]:
        """Name -> SQL aggregate over the rows validated, parameters filled in."""
        figures = self.document["meta"].get("figures", {})
        return {name: _with_parameters(sql) for name, sql in figures.items()}

    @property
    def row_id_columns(self) -> tuple[str, ...]:
        return tuple(self.document["meta"].get("row_id_columns", ()))

    def gx_suite(self) -> ExpectationSuite:
        """The suite as a GX object; raises SuiteError naming the first invalid expectation."""
        return _gx_suite(self)


@dataclass(frozen=True)
class Failure:
    """One failed expectation, in words a reader of the check can act on."""

    expectation: str
    column: str | None
    observed: str
    params: str = ""
    unexpected: tuple[Any, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        name = f"`{self.expectation}({self.params})`" if self.params else f"`{self.expectation}`"
        where = f" on `{self.column}`" if self.column else ""
        why = f" _{self.note}_" if self.note else ""
        return f"{name}{where}: {self.observed}.{why}"


@dataclass(frozen=True)
class Outcome:
    """The result of running one suite against its table."""

    suite: str
    table: str
    success: bool
    evaluated: int
    failed: int
    failures: tuple[Failure, ...]
    row_count: int | None
    seconds: float
    engine: str = "sql"
    # Why nothing could be evaluated (missing database or table), else None.
    error: str | None = None
    # Which rows were validated when not the whole table (`validate(since=...)`), else None.
    scope: str | None = None
    # The suite's `figures` (name -> value), computed over the rows validated.
    figures: Mapping[str, Any] = field(default_factory=dict)

    def failures_markdown(self) -> str:
        if self.error:
            return f"**Not validated:** {self.error}"
        scope = f" ({self.scope})" if self.scope else ""
        if not self.evaluated:
            return f"Nothing to validate on `{self.table}`{scope}."
        if not self.failures:
            return f"All {self.evaluated} expectations passed on `{self.table}`{scope}."
        lines = [
            f"**{self.failed} of {self.evaluated} expectations failed** on `{self.table}` "
            f"({self.row_count} rows{', ' + self.scope if self.scope else ''}):",
            "",
        ]
        return "\n".join(lines + [f"- {failure}" for failure in self.failures])


# ------------------------------------------------------------------------------------ suites


def load_suites(directory: Path = EXPECTATIONS_DIR) -> list[SuiteSpec]:
    """Every suite file under `directory`, checked for the keys this project relies on.

    Reads JSON only (no GX import), so it is cheap enough for Dagster's definition loading;
    `SuiteSpec.gx_suite()` checks the expectations themselves.
    """
    specs = [_read_suite(path) for path in sorted(Path(directory).rglob("*.json"))]
    seen: dict[str, Path] = {}
    for spec in specs:
        if spec.name in seen:
            raise SuiteError(
                f"{spec.path}: suite name {spec.name!r} is also used by {seen[spec.name]}"
            )
        seen[spec.name] = spec.path
    return specs


def _read_suite(path: Path) -> SuiteSpec:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SuiteError(f"{path}: not valid JSON ({error})") from error
    meta = document.get("meta") or {}
    name = document.get("name")
    problems = []
    if name != path.stem:
        problems.append(f"name {name!r} must equal the file name {path.stem!r}")
    elif not name.replace("_", "").isalnum():
        problems.append("name may hold only letters, digits and underscores (it names a check)")
    asset_key = meta.get("asset_key")
    if not (
        isinstance(asset_key, list) and asset_key and all(isinstance(p, str) for p in asset_key)
    ):
        problems.append('meta.asset_key must be a list of strings, like ["marts", "dim_customers"]')
    if not isinstance(meta.get("table"), str) or meta["table"].count(".") != 1:
        problems.append('meta.table must be "schema.table"')
    if "query" in meta and not (isinstance(meta["query"], str) and meta["query"].strip()):
        problems.append("meta.query, when given, must be a SQL select")
    figures = meta.get("figures", {})
    if not (isinstance(figures, dict) and all(isinstance(v, str) for v in figures.values())):
        problems.append(
            'meta.figures, when given, must map names to SQL, like {"rows": "count(*)"}'
        )
        figures = {}
    used = {
        "meta.query": set(_PARAMETER.findall(meta.get("query") or "")),
        "meta.figures": set(_PARAMETER.findall(" ".join(figures.values()))),
        "an expectation's $PARAMETER": _suite_parameter_names(document.get("expectations")),
    }
    for where, names in used.items():
        if names - set(PARAMETERS):
            problems.append(
                f"{where} uses unknown parameters {sorted(names - set(PARAMETERS))}; "
                f"known: {sorted(PARAMETERS)}"
            )
    if not isinstance(meta.get("blocking"), bool):
        problems.append("meta.blocking must be true or false")
    if not isinstance(document.get("expectations"), list) or not document["expectations"]:
        problems.append("expectations must be a non-empty list")
    if problems:
        raise SuiteError(f"{path}: " + "; ".join(problems))
    notes = document.get("notes")
    return SuiteSpec(
        name=name,
        path=path,
        asset_key=tuple(asset_key),
        table=meta["table"],
        blocking=meta["blocking"],
        description="\n".join(notes) if isinstance(notes, list) else (notes or name),
        document=document,
    )


# Expectations on the table's shape; they see the table as stored, without computed columns.
TABLE_SHAPE = frozenset(
    {
        "expect_table_columns_to_match_set",
        "expect_table_columns_to_match_ordered_list",
        "expect_table_column_count_to_equal",
        "expect_table_column_count_to_be_between",
    }
)


@cache
def _gx_suite(spec: SuiteSpec) -> ExpectationSuite:
    return _suite_of(spec, lambda item: True)


@cache
def _gx_suites_by_frame(spec: SuiteSpec) -> tuple[ExpectationSuite, ExpectationSuite | None]:
    """The suite split for a frame with computed columns: (on the frame, on the table as stored)."""
    if not spec.computed_columns:
        return _gx_suite(spec), None
    on_table = _suite_of(spec, lambda item: item["type"] in TABLE_SHAPE)
    on_frame = _suite_of(spec, lambda item: item["type"] not in TABLE_SHAPE)
    return on_frame, (on_table if on_table.expectations else None)


def _suite_of(spec: SuiteSpec, keep: Callable[[Mapping[str, Any]], bool]) -> ExpectationSuite:
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    # Built one by one: given dicts, ExpectationSuite logs and silently drops an unknown type.
    expectations = []
    for index, item in enumerate(spec.document["expectations"]):
        if not keep(item):
            continue
        try:
            expectations.append(ExpectationConfiguration(**item).to_domain_obj())
        except Exception as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise SuiteError(
                f"{spec.path}: expectation #{index} ({item.get('type')}): {message}"
            ) from error
    return gx.ExpectationSuite(
        name=spec.name,
        expectations=expectations,
        meta=dict(spec.document["meta"]),
        notes=spec.document.get("notes"),
    )


# ---------------------------------------------------------------------------------- validate

# How a suite's rows reach GX. "sql": GX compiles each expectation to SQL that DuckDB runs on the
# file, so memory stays flat whatever the table's size. "pandas": the table is copied into a
# DataFrame first (kept to measure the two against each other; see docs/reliability.md).
ENGINES = ("sql", "pandas")
DEFAULT_ENGINE = "sql"


class _NotValidated(Exception):
    """The table could not be read; the message says why."""


def validate(
    spec: SuiteSpec,
    db_path: Path | str,
    engine: str = DEFAULT_ENGINE,
    since: datetime | None = None,
) -> Outcome:
    """Run one suite against its table in the DuckDB file at `db_path`, on one of `ENGINES`.

    With `since` (`publish.published_until`), a suite on a raw table reads only the rows of
    the files loaded after it: raw tables are append-only, and every earlier file passed a run
    that published. No such rows: nothing to validate, and the suite passes.
    A suite with a query (references between tables) still reads everything: a later drop of
    the other table can change its verdict on an old row.
    Never raises for a missing database or table: the outcome fails and says what is missing.
    """
    warehouse = target()
    if warehouse != "duckdb":
        # On another engine the suite reads the engine's tables: GX's SQL engine through
        # SQLAlchemy on PostgreSQL, GX's Spark engine on Spark DataFrames.
        engine = {"postgres": "sql", "spark": "spark"}[warehouse]
    elif engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    started = time.perf_counter()

    def nothing_evaluated(**outcome: Any) -> Outcome:
        return Outcome(
            suite=spec.name,
            table=spec.table,
            evaluated=0,
            failed=0,
            failures=(),
            seconds=time.perf_counter() - started,
            engine=engine,
            **outcome,
        )

    try:
        with _reader(warehouse, Path(db_path)) as reader:
            source = _source(spec, reader, since)
    except _NotValidated as error:
        return nothing_evaluated(success=False, row_count=None, error=str(error))
    if source.row_count == 0 and source.scope:
        return nothing_evaluated(success=True, row_count=0, scope=source.scope)
    row_ids = [c for c in spec.row_id_columns if c in source.columns]
    options = {
        "result_format": {
            "result_format": "SUMMARY",
            "partial_unexpected_count": SHOWN_VALUES,
            "unexpected_index_column_names": row_ids,
        },
        "expectation_parameters": parameter_values(settings()),
    }
    # Importing GX and building the suite happen once per process: not this suite's cost.
    setup_started = time.perf_counter()
    on_frame, on_table = _gx_suites_by_frame(spec)
    _context()
    started += time.perf_counter() - setup_started
    run = {"sql": _run_sql, "pandas": _run_pandas, "spark": _run_spark}[engine]
    results = run(spec, source, [(on_frame, source.select), (on_table, source.stored)], options)
    failures = tuple(_failure(r, row_ids) for r in results if not r.success)
    counted = [r.result["element_count"] for r in results if "element_count" in (r.result or {})]
    return Outcome(
        suite=spec.name,
        table=spec.table,
        success=not failures,
        evaluated=len(results),
        failed=len(failures),
        failures=failures,
        row_count=source.row_count if source.row_count is not None else next(iter(counted), None),
        seconds=time.perf_counter() - started,
        engine=engine,
        scope=source.scope,
        figures=source.figures,
    )


@dataclass(frozen=True)
class _Source:
    """What a suite reads: its select with the computed columns, and without them (as stored)."""

    db_path: Path | None  # the DuckDB file; None on another engine
    select: str
    stored: str
    columns: tuple[str, ...]
    row_count: int | None
    scope: str | None = None
    warehouse: str = "duckdb"
    figures: Mapping[str, Any] = field(default_factory=dict)


class _Reader:
    """The warehouse a suite reads, for the few questions asked before GX runs.

    Suites are written in DuckDB's SQL; on another engine sqlglot translates each statement
    (identifiers, intervals, QUALIFY, date differences, division)."""

    name = "duckdb"

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.where = f"`{db_path}`"

    def __enter__(self) -> _Reader:
        if not self.db_path.exists():
            raise _NotValidated(
                f"the database `{self.db_path}` does not exist (nothing materialized yet?)"
            )
        try:
            self.con = duckdb.connect(str(self.db_path), read_only=True)
        except duckdb.Error as error:
            raise _NotValidated(f"could not open `{self.db_path}`: {error}") from error
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
        """The columns of `select`; raises _Unbound when it does not bind."""
        try:
            return tuple(self.con.sql(f"{select} limit 0").columns)
        except duckdb.BinderException as error:
            raise _Unbound(str(error)) from error

    def errors(self) -> tuple[type[Exception], ...]:
        return (duckdb.Error,)


class _Unbound(Exception):
    """A select names a column its table lacks."""


class _PostgresReader(_Reader):
    name = "postgres"
    db_path = None

    def __init__(self) -> None:
        from orchestration.engines.postgres import connection_settings

        self.settings = connection_settings()
        self.where = "PostgreSQL database `{dbname}` on {host}:{port}".format(**self.settings)

    def __enter__(self) -> _Reader:
        import psycopg2

        try:
            self.con = psycopg2.connect(**self.settings)
        except psycopg2.Error as error:
            raise _NotValidated(f"could not connect to the {self.where}: {error}") from error
        self.con.autocommit = True
        return self

    def sql(self, duckdb_sql: str) -> str:
        return _transpile(duckdb_sql, "postgres")

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
            raise _Unbound(str(error)) from error

    def errors(self) -> tuple[type[Exception], ...]:
        import psycopg2

        return (psycopg2.Error,)


class _SparkReader(_Reader):
    name = "spark"
    db_path = None

    def __init__(self) -> None:
        self.where = "the Spark catalog"

    def table_exists(self, schema: str, table: str) -> bool:
        return self.spark.catalog.tableExists(f"{schema}.{table}")

    def __enter__(self) -> _Reader:
        from orchestration.engines.spark import session

        self.spark = session()
        return self

    def __exit__(self, *exc: object) -> None:
        """The session stays up for the next check (dbt's step stops it first)."""

    def sql(self, duckdb_sql: str) -> str:
        return _transpile(duckdb_sql, "spark")

    def rows(self, sql: str) -> list[tuple]:
        return [tuple(row) for row in self.spark.sql(self.sql(sql)).collect()]

    def columns(self, select: str) -> tuple[str, ...]:
        from pyspark.errors import AnalysisException

        try:
            return tuple(self.spark.sql(self.sql(select)).columns)
        except AnalysisException as error:
            if "UNRESOLVED_COLUMN" in str(error):
                raise _Unbound(str(error)) from error
            raise

    def errors(self) -> tuple[type[Exception], ...]:
        from pyspark.errors import PySparkException

        return (PySparkException,)


def _reader(warehouse: str, db_path: Path) -> _Reader:
    if warehouse == "postgres":
        return _PostgresReader()
    if warehouse == "spark":
        return _SparkReader()
    return _Reader(db_path)


def _transpile(duckdb_sql: str, dialect: str) -> str:
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


def _source(spec: SuiteSpec, reader: _Reader, since: datetime | None = None) -> _Source:
    """Check that the suite's table exists and its select binds, and count its rows; with
    `since`, only the rows of a raw table's files loaded after it (see `validate`)."""
    schema, table = spec.table.split(".")
    checked = (
        f"select * from ({spec.query}) as checked"
        if spec.query
        else f"select * from {_quote(schema)}.{_quote(table)}"
    )
    computed = [f"{sql} as {_quote(name)}" for name, sql in spec.computed_columns.items()]
    select = checked.replace("select *", f"select {', '.join(['*', *computed])}", 1)
    try:
        found = (
            reader.rows(
                "select 1 from information_schema.tables "
                f"where table_schema = '{schema}' and table_name = '{table}'"
            )
            if reader.name != "spark"
            else reader.spark.catalog.tableExists(f"{schema}.{table}")
        )
        if not found:
            raise _NotValidated(
                f"the table `{spec.table}` does not exist in {reader.where}: "
                "materialize its asset first"
            )
        try:
            columns = reader.columns(select)
        except _Unbound:
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
        raise _NotValidated(
            f"could not read `{spec.table}` from {reader.where}: {error}"
        ) from error
    return _Source(
        reader.db_path,
        reader.sql(select),
        reader.sql(checked),
        tuple(columns),
        row_count,
        scope,
        reader.name,
        figures,
    )


def _figures(spec: SuiteSpec, reader: _Reader, select: str) -> dict[str, Any]:
    if not spec.figures:
        return {}
    columns = ", ".join(f"{sql} as {_quote(name)}" for name, sql in spec.figures.items())
    (row,) = reader.rows(f"select {columns} from ({select}) as validated")
    # PostgreSQL and DuckDB hand decimal literals (a threshold) back as Decimal, JSON takes float.
    return {
        name: float(value) if isinstance(value, Decimal) else value
        for name, value in zip(spec.figures, row, strict=True)
    }


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


Batches = Sequence[tuple["ExpectationSuite | None", str]]


def _run_sql(spec: SuiteSpec, source: _Source, batches: Batches, options: dict) -> list:
    """Validate each (suite, select) pair with GX's SQL engine: DuckDB does the work."""
    context = _context()
    if source.warehouse == "postgres":
        from orchestration.engines.postgres import sqlalchemy_url

        connection = {"connection_string": sqlalchemy_url()}
    else:
        connection = {
            "connection_string": f"duckdb:///{source.db_path}",
            "kwargs": {
                "connect_args": {
                    "read_only": True,
                    "config": settings().duckdb_config(source.db_path),
                }
            },
        }
    datasource = context.data_sources.add_or_update_sql(
        name=f"sql_{spec.name}",
        **connection,
        # GX computes each metric with its own query over the batch: a suite's query runs once
        # into a temp table (DuckDB keeps those in memory and spills them even on a read-only
        # file) instead of once per metric. A table is read where it is.
        create_temp_table=spec.query is not None,
    )
    results = []
    try:
        for index, (suite, select) in enumerate(batches):
            if suite is None:
                continue
            asset = datasource.add_query_asset(name=f"batch_{index}", query=select)
            batch = asset.add_batch_definition_whole_table("whole").get_batch()
            results += batch.validate(suite, **options).results
    finally:
        # Close the file: the next check's writer (dbt, a loader) needs it.
        for engine in {datasource.get_execution_engine().engine, datasource.get_engine()}:
            engine.dispose()
        context.data_sources.delete(datasource.name)
    return results


def _run_pandas(spec: SuiteSpec, source: _Source, batches: Batches, options: dict) -> list:
    """Validate each (suite, select) pair on a DataFrame copy of its rows."""
    asset = _context().data_sources.get("pandas").get_asset("frame")
    definition = asset.get_batch_definition("whole")
    results = []
    for suite, select in batches:
        if suite is None:
            continue
        with duckdb.connect(str(source.db_path), read_only=True) as con:
            frame = _plain_dtypes(con.sql(select).df())
        batch = definition.get_batch(batch_parameters={"dataframe": frame})
        results += batch.validate(suite, **options).results
    return results


def _run_spark(spec: SuiteSpec, source: _Source, batches: Batches, options: dict) -> list:
    """Validate each (suite, select) pair on a Spark DataFrame: Spark does the work."""
    from orchestration.engines.spark import session

    context = _context()
    try:
        datasource = context.data_sources.get("spark")
    except KeyError:
        datasource = context.data_sources.add_spark("spark")
        datasource.add_dataframe_asset("frame").add_batch_definition_whole_dataframe("whole")
    definition = datasource.get_asset("frame").get_batch_definition("whole")
    results = []
    for suite, select in batches:
        if suite is None:
            continue
        frame = session().sql(select)
        batch = definition.get_batch(batch_parameters={"dataframe": frame})
        results += batch.validate(suite, **options).results
    return results


def _plain_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integers and booleans as NumPy floats and Python objects.

    DuckDB hands a column with nulls to pandas as a nullable extension dtype; GX's pandas engine
    compares with it and trips over `pd.NA` (column-pair expectations raise).
    """
    import pandas as pd

    for name, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.BooleanDtype):
            column = frame[name]
            frame[name] = column.astype(object).where(column.notna(), None)
        elif isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iuf":
            frame[name] = frame[name].astype("float64")
    return frame


@cache
def _context() -> AbstractDataContext:
    """One in-memory GX context per process, reused by every suite."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    _teach_gx_duckdb()
    context = gx.get_context(
        mode="ephemeral",
        project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            # GX draws tqdm bars into Dagster's captured logs otherwise.
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        ),
    )
    pandas_asset = context.data_sources.add_pandas("pandas").add_dataframe_asset("frame")
    pandas_asset.add_batch_definition_whole_dataframe("whole")
    return context


def _teach_gx_duckdb() -> None:
    """Two patches that make GX 1.x's SQL engine work on DuckDB (through duckdb_engine).

    - GX returns a cursor result from a closed connection and fetches it afterwards. Most drivers
      have buffered the rows by then; duckdb_engine has not, so every metric came back empty.
      Freezing the result inside the connection buffers it (SQLAlchemy's FrozenResult).
    - GX picks SQL for regex expectations by dialect module, and knows none for DuckDB. DuckDB
      takes PostgreSQL's `~` and `!~` (a search, as in PostgreSQL), so GX is given PostgreSQL's.

    `test_validation` fails if a GX upgrade breaks either.
    """
    from great_expectations.execution_engine import SqlAlchemyExecutionEngine
    from sqlalchemy.dialects import postgresql

    if getattr(SqlAlchemyExecutionEngine, "_taught_duckdb", False):
        return
    original_init = SqlAlchemyExecutionEngine.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        if self.dialect_module is None and self.engine.dialect.name == "duckdb":
            self.dialect_module = postgresql

    def execute_query(self, query):
        with self.get_connection() as connection:
            return self._execute_query_with_recovery(connection, query).freeze()()

    SqlAlchemyExecutionEngine.__init__ = __init__
    SqlAlchemyExecutionEngine.execute_query = execute_query
    SqlAlchemyExecutionEngine._taught_duckdb = True


# ---------------------------------------------------------------------------------- failures

# Keyword arguments that say where an expectation looks rather than what it expects.
_NOT_PARAMS = ("column", "column_A", "column_B", "column_list", "row_condition", "batch_id")


def _failure(result: Any, row_ids: Sequence[str]) -> Failure:
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    column = kwargs.get("column") or ", ".join(
        kwargs.get("column_list")
        or [c for c in (kwargs.get("column_A"), kwargs.get("column_B")) if c]
    )
    params = [
        f"{key}={_short(value)}"
        for key, value in kwargs.items()
        if key not in _NOT_PARAMS and value is not None
    ]
    if kwargs.get("row_condition") is not None:
        # The configuration holds the condition as a dict; its Condition object reads as prose.
        params.append(f"where {config.to_domain_obj().row_condition}")
    notes = config.notes
    common = {
        "expectation": config.type,
        "column": column or None,
        "params": ", ".join(params),
        "note": " ".join(notes) if isinstance(notes, list) else notes,
    }

    error = _exception_message(result.exception_info)
    if error:
        return Failure(observed=f"could not be evaluated ({error})", **common)
    detail = result.result or {}
    if "unexpected_count" not in detail:
        return Failure(observed=_observed(detail), **common)
    shown = _shown_values(detail, row_ids)
    unexpected, rows = detail["unexpected_count"], detail.get("element_count")
    # GX judges a value rule, `mostly` included, on the rows with a value: so is the share.
    missing = detail.get("missing_count") or 0
    judged = None if rows is None else rows - missing
    observed = f"{unexpected} of {judged} rows unexpected"
    if judged:
        observed += f" ({unexpected / judged:.1%})"
    if missing:
        observed += f", {missing} more null{'' if missing == 1 else 's'} not judged"
    return Failure(
        observed=observed + (f": {shown}" if shown else ""),
        unexpected=tuple(_plain(v) for v in detail.get("partial_unexpected_list") or ()),
        **common,
    )


def _exception_message(info: Mapping[str, Any] | None) -> str | None:
    # GX reports either one {raised_exception, exception_message} or one such dict per metric.
    if not info:
        return None
    entries = [info] if "raised_exception" in info else list(info.values())
    for entry in entries:
        if isinstance(entry, Mapping) and entry.get("raised_exception"):
            message = str(entry.get("exception_message") or "an exception").strip()
            return message.splitlines()[0] if message else "an exception"
    return None


def _shown_values(detail: Mapping[str, Any], row_ids: Sequence[str]) -> str:
    rows = detail.get("partial_unexpected_index_list") or []
    values = detail.get("partial_unexpected_list") or []
    shown = []
    for i, value in enumerate(values[:SHOWN_VALUES]):
        row = rows[i] if i < len(rows) and isinstance(rows[i], Mapping) else {}
        where = ", ".join(f"{c}={_short(row[c])}" for c in row_ids if c in row)
        shown.append(f"`{_short(value)}`" + (f" ({where})" if where else ""))
    return "; ".join(shown)


def _observed(detail: Mapping[str, Any]) -> str:
    mismatched = (detail.get("details") or {}).get("mismatched")
    if isinstance(mismatched, Mapping):
        parts = [f"{key} {_short(value)}" for key, value in mismatched.items() if value]
        return "columns " + "; ".join(parts)
    if "observed_value" in detail:
        return f"observed {_short(detail['observed_value'])}"
    return "failed"


def _plain(value: Any) -> Any:
    """A result value as plain Python: NumPy and pandas scalars unwrapped, NaN/NaT as None.

    Column pairs come back as tuples, compound keys as dicts.
    """
    import numpy as np
    import pandas as pd

    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, Mapping):
        return {key: _plain(v) for key, v in value.items()}
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    if isinstance(value, np.datetime64 | pd.Timestamp):
        return pd.Timestamp(value).to_pydatetime()
    return value.item() if isinstance(value, np.generic) else value


def _short(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, tuple):
        items = [_short(v) for v in value[:SHOWN_VALUES]]
        more = ", …" if len(value) > SHOWN_VALUES else ""
        return "[" + ", ".join(items) + more + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}={_short(v)}" for key, v in value.items()) + "}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite():
        # DuckDB decimals keep their scale: 101.000000000000000 reads as 101.
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        midnight = value == datetime.combine(value.date(), datetime.min.time())
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    return "null" if value is None else str(value)


# ------------------------------------------------------------------------------------ dagster


def build_gx_checks(specs: Iterable[SuiteSpec] | None = None) -> list[AssetChecksDefinition]:
    """One Dagster asset check per suite, named `gx_<suite>`, on the asset in its meta.

    Every check is `blocking` in Dagster's sense, so that everything downstream of an asset
    (dbt, publishing, the quality report) waits for all of its checks; a warning suite's failure
    has WARN severity, which Dagster never stops for. A check opens the build database
    read-only, which DuckDB refuses while another process writes to it: the checks rely on the
    in-process executor of `definitions.py`."""
    return [_asset_check(spec) for spec in (load_suites() if specs is None else specs)]


def _asset_check(spec: SuiteSpec) -> AssetChecksDefinition:
    @asset_check(
        asset=AssetKey(list(spec.asset_key)),
        name=spec.check_name,
        description=spec.description,
        blocking=True,
        metadata={"suite_file": _shown_path(spec.path), "stops_publishing": spec.blocking},
    )
    def _check(context) -> AssetCheckResult:
        conf = settings()
        build_db = conf.build_db
        checked_at = datetime.now(UTC).replace(tzinfo=None)
        outcome = validate(spec, build_db, since=published_until(build_db))
        if not outcome.success:
            # Headless runs print logs, not check metadata: say there what failed.
            log = context.log.error if spec.blocking else context.log.warning
            figures = f"\n{describe_figures(outcome.figures)}" if outcome.figures else ""
            log(
                f"{spec.check_name} failed on {spec.table}:\n{outcome.failures_markdown()}"
                + figures
            )
        try:
            record(spec, outcome, build_db, context.run.run_id, checked_at)
            recorded = QUALITY_RESULTS
        except (duckdb.Error, OSError) as error:
            # The check's verdict stands; the missing history row is said where it is looked for.
            context.log.error(f"{spec.check_name}: not recorded in {QUALITY_RESULTS}: {error}")
            recorded = f"not recorded: {error}"
        else:
            # Kept current check by check, so that it is there when a blocking check stops the run.
            try:
                write_report(build_db, conf.quality_report)
            except (duckdb.Error, OSError) as error:
                context.log.warning(f"{spec.check_name}: quality report not updated: {error}")
        return check_result(spec, outcome, recorded)

    return _check


def record(
    spec: SuiteSpec, outcome: Outcome, db_path: Path | str, run_id: str, checked_at: datetime
) -> None:
    """Append the outcome to `quality.quality_results`, creating the table when missing.

    One short transaction on a connection closed right after: DuckDB allows one writer, and the
    next check or dbt needs the file. A missing database is not created: the outcome says why
    nothing was validated, and there is no warehouse to keep a history in."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"the database `{db_path}` does not exist")
    with duckdb.connect(str(db_path)) as con:
        con.execute("begin transaction")
        con.execute(f"create schema if not exists {QUALITY_SCHEMA}")
        con.execute(QUALITY_RESULTS_DDL)
        for migration in QUALITY_RESULTS_MIGRATIONS:
            con.execute(migration)
        con.execute(
            f"insert into {QUALITY_RESULTS} values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                checked_at,
                spec.check_name,
                "/".join(spec.asset_key),
                spec.table,
                spec.blocking,
                outcome.success,
                outcome.evaluated,
                outcome.failed,
                outcome.row_count,
                outcome.seconds,
                outcome.failures_markdown(),
                json.dumps(dict(outcome.figures)) if outcome.figures else None,
            ],
        )
        con.execute("commit")


def _shown_path(path: Path) -> str:
    try:
        return path.relative_to(EXPECTATIONS_DIR.parent).as_posix()
    except ValueError:
        return str(path)


def check_result(
    spec: SuiteSpec, outcome: Outcome, recorded: str | None = None
) -> AssetCheckResult:
    """The Dagster result of one suite run: ERROR severity when the suite is blocking.

    `recorded` says where the run was recorded (or why it was not)."""
    metadata: dict[str, Any] = {
        "table": spec.table,
        "evaluated": outcome.evaluated,
        "failed": outcome.failed,
        "failures": MetadataValue.md(outcome.failures_markdown()),
        "seconds": round(outcome.seconds, 3),
        "engine": outcome.engine,
    }
    if outcome.row_count is not None:
        metadata["row_count"] = outcome.row_count
    if outcome.scope is not None:
        metadata["scope"] = outcome.scope
    if recorded is not None:
        metadata["recorded_in"] = recorded
    for name, value in outcome.figures.items():
        metadata[name] = MetadataValue.null() if value is None else value
    return AssetCheckResult(
        passed=outcome.success,
        severity=AssetCheckSeverity.ERROR if spec.blocking else AssetCheckSeverity.WARN,
        metadata=metadata,
    )
