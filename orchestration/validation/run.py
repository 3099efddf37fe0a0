"""Running one suite: its rows read where the engine keeps them, GX's validation on them, and
the `Outcome`.

Validation runs on GX's SQL engine, inside DuckDB: GX compiles each expectation to SQL, so
memory stays flat however large the table (orchestration/validation/gx_duckdb.py holds the two
patches this needs). On another engine the suites read that engine's tables: GX's SQL engine on
PostgreSQL, its Spark engine on Spark DataFrames, the queries translated by sqlglot."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from orchestration.config import settings
from orchestration.engines import Engine
from orchestration.validation.gx_duckdb import teach_gx_duckdb
from orchestration.validation.outcome import SHOWN_VALUES, Outcome, failure_of
from orchestration.validation.readers import NotValidated, Source, reader_for, source_of
from orchestration.validation.suites import SuiteSpec, gx_suites_by_frame, parameter_values

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations import ExpectationSuite
    from great_expectations.data_context import AbstractDataContext

# How a suite's rows reach GX. "sql": GX compiles each expectation to SQL that DuckDB runs on the
# file, so memory stays flat whatever the table's size. "pandas": the table is copied into a
# DataFrame first (kept to measure the two against each other; see docs/reliability.md).
ENGINES = ("sql", "pandas")
DEFAULT_ENGINE = "sql"


def validate(
    spec: SuiteSpec,
    db_path: Path | str,
    engine: str = DEFAULT_ENGINE,
    since: datetime | None = None,
    warehouse: Engine | None = None,
) -> Outcome:
    """Run one suite against its table in the DuckDB file at `db_path`, on one of `ENGINES`;
    with `warehouse` (the engine resource), on the tables of the engine the warehouse is built
    on (another engine's are read by GX's own engine for it, whatever `engine` says).

    With `since` (`Publications.validated_until`), a suite on a raw table reads only the rows of
    the files loaded after it: raw tables are append-only, and every earlier file passed a run
    that published. No such rows: nothing to validate, and the suite passes.
    A suite with a query (references between tables) still reads everything: a later drop of
    the other table can change its verdict on an old row.
    Never raises for a missing database or table: the outcome fails and says what is missing.
    """
    reader = reader_for(warehouse, Path(db_path))
    if reader.db_path is None:
        # Another engine: GX's SQL engine through SQLAlchemy on PostgreSQL, GX's Spark engine
        # on Spark DataFrames.
        engine = reader.gx_engine
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
        with reader:
            source = source_of(spec, reader, since)
    except NotValidated as error:
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
    on_frame, on_table = gx_suites_by_frame(spec)
    _context()
    started += time.perf_counter() - setup_started
    run = {"sql": _run_sql, "pandas": _run_pandas, "spark": _run_spark}[engine]
    results = run(spec, source, [(on_frame, source.select), (on_table, source.stored)], options)
    failures = tuple(failure_of(r, row_ids) for r in results if not r.success)
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


Batches = Sequence[tuple["ExpectationSuite | None", str]]


def _run_sql(spec: SuiteSpec, source: Source, batches: Batches, options: dict) -> list:
    """Validate each (suite, select) pair with GX's SQL engine: DuckDB does the work."""
    context = _context()
    datasource = context.data_sources.add_or_update_sql(
        name=f"sql_{spec.name}",
        **source.connection,
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


def _run_pandas(spec: SuiteSpec, source: Source, batches: Batches, options: dict) -> list:
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


def _run_spark(spec: SuiteSpec, source: Source, batches: Batches, options: dict) -> list:
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

    teach_gx_duckdb()
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
