"""The suites as Dagster asset checks: one check per suite file, named `gx_<suite>`, on the
asset its `meta.asset_key` names; each run recorded in the quality history (orchestration/state.py)."""

# No `from __future__ import annotations` here: Dagster reads the check function's parameter
# types (its context, its resources) when the check is defined.
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from orchestration.config import EXPECTATIONS_DIR, settings
from orchestration.engines import Engine
from orchestration.quality_report import describe_figures
from orchestration.state import QUALITY_RESULTS, Publications, QualityHistory
from orchestration.validation.outcome import Outcome
from orchestration.validation.run import validate
from orchestration.validation.suites import SuiteSpec, load_suites


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
    def _check(
        context: AssetCheckExecutionContext,
        engine: Engine,
        publications: Publications,
        quality_history: QualityHistory,
    ) -> AssetCheckResult:
        build_db = settings().build_db
        checked_at = datetime.now(UTC).replace(tzinfo=None)
        since = publications.validated_until(build_db)
        outcome = validate(spec, build_db, since=since, warehouse=engine)
        if not outcome.success:
            # Headless runs print logs, not check metadata: say there what failed.
            log = context.log.error if spec.blocking else context.log.warning
            figures = f"\n{describe_figures(outcome.figures)}" if outcome.figures else ""
            log(
                f"{spec.check_name} failed on {spec.table}:\n{outcome.failures_markdown()}"
                + figures
            )
        try:
            quality_history.record(spec, outcome, build_db, context.run.run_id, checked_at)
            recorded = QUALITY_RESULTS
        except (duckdb.Error, OSError) as error:
            # The check's verdict stands; the missing history row is said where it is looked for.
            context.log.error(f"{spec.check_name}: not recorded in {QUALITY_RESULTS}: {error}")
            recorded = f"not recorded: {error}"
        else:
            # Kept current check by check, so that it is there when a blocking check stops the run.
            try:
                quality_history.render(build_db)
            except (duckdb.Error, OSError) as error:
                context.log.warning(f"{spec.check_name}: quality report not updated: {error}")
        return check_result(spec, outcome, recorded)

    return _check


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
