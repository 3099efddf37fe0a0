"""Great Expectations suites, run as Dagster asset checks.

Each file under `expectations/<layer>/<suite>.json` is one GX 1.x ExpectationSuite in GX's own
serialization; its `meta` names the Dagster asset it checks, the table it reads and whether a
failure stops everything downstream (expectations/README.md). The package, by job:

    suites.py     the suite files and the settings a suite may name (PARAMETERS)
    readers.py    what a suite reads, on each engine (sqlglot translates DuckDB's SQL)
    run.py        one suite run: GX's validation over those rows, an Outcome
    outcome.py    GX's results in words: which expectation failed, on which rows
    checks.py     the Dagster asset checks, each run kept in the quality history
    gx_duckdb.py  the two patches that teach GX's SQL engine DuckDB, and why
"""

from orchestration.validation.checks import build_gx_checks, check_result
from orchestration.validation.outcome import Failure, Outcome
from orchestration.validation.readers import transpile
from orchestration.validation.run import ENGINES, validate
from orchestration.validation.suites import PARAMETERS, SuiteError, SuiteSpec, load_suites

__all__ = [
    "ENGINES",
    "PARAMETERS",
    "Failure",
    "Outcome",
    "SuiteError",
    "SuiteSpec",
    "build_gx_checks",
    "check_result",
    "load_suites",
    "transpile",
    "validate",
]
