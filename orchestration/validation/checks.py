"""The suites as Dagster asset checks: one check per suite file, named `gx_<suite>`, on the
asset its `meta.asset_key` names, one step per layer; each run recorded in the quality history
(orchestration/state.py)."""

# No `from __future__ import annotations` here: Dagster reads the check function's parameter
# types (its context, its resources) when the check is defined.
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckKey,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    MetadataValue,
    multi_asset_check,
)

from orchestration.config import EXPECTATIONS_DIR, settings
from orchestration.engines import Engine
from orchestration.quality_report import describe_figures
from orchestration.state import QUALITY_RESULTS, Publications, QualityHistory
from orchestration.validation.outcome import Outcome
from orchestration.validation.run import validate
from orchestration.validation.suites import SuiteSpec, load_suites


def build_gx_checks(
    specs: Iterable[SuiteSpec] | None = None, own_steps: Iterable[AssetKey] = ()
) -> list[AssetChecksDefinition]:
    """One Dagster asset check per suite, named `gx_<suite>`, on the asset in its meta; the
    checks of one layer (`raw`, `marts`) run in one step, and those of an asset in `own_steps`
    in a step of their own.

    One step per layer, not per suite: each Dagster step costs events and set-up (about 0.15 s
    here, 9 s of a tier S run for 59 suites), and the layer's assets are all built before its
    checks anyway (the raw loaders before dbt, dbt before publishing). An asset downstream of
    others of its layer (the load ledger, written after the raw tables) needs a step of its
    own: its step would otherwise wait for itself.

    Every check is `blocking` in Dagster's sense, so that everything downstream of an asset
    (dbt, publishing, the quality report) waits for all of its checks; a warning suite's failure
    has WARN severity, which Dagster never stops for. A check opens the build database
    read-only, which DuckDB refuses while another process writes to it: the checks rely on the
    in-process executor of `definitions.py`."""
    own = {tuple(key.path) for key in own_steps}
    steps: dict[str, list[SuiteSpec]] = {}
    for spec in load_suites() if specs is None else specs:
        step = "_".join(spec.asset_key) if spec.asset_key in own else spec.asset_key[0]
        steps.setdefault(step, []).append(spec)
    return [_checks_step(step, step_specs) for step, step_specs in steps.items()]


def _checks_step(step: str, specs: list[SuiteSpec]) -> AssetChecksDefinition:
    by_key = {
        AssetCheckKey(AssetKey(list(spec.asset_key)), spec.check_name): spec for spec in specs
    }

    @multi_asset_check(
        name=f"gx_{step}",
        specs=[
            AssetCheckSpec(
                name=spec.check_name,
                asset=key.asset_key,
                description=spec.description,
                blocking=True,
                metadata={"suite_file": _shown_path(spec.path), "stops_publishing": spec.blocking},
            )
            for key, spec in by_key.items()
        ],
        can_subset=True,
        description=f"The Great Expectations suites on `{step}` (expectations/README.md).",
    )
    def _checks(
        context: AssetCheckExecutionContext,
        engine: Engine,
        publications: Publications,
        quality_history: QualityHistory,
    ) -> Iterator[AssetCheckResult]:
        build_db = settings().build_db
        checked_at = datetime.now(UTC).replace(tzinfo=None)
        since = publications.validated_until(build_db)
        outcomes = []
        for key, spec in by_key.items():
            if key not in context.selected_asset_check_keys:
                continue
            outcome = validate(spec, build_db, since=since, warehouse=engine)
            outcomes.append((spec, outcome))
            if not outcome.success:
                # Headless runs print logs, not check metadata: say there what failed.
                log = context.log.error if spec.blocking else context.log.warning
                figures = f"\n{describe_figures(outcome.figures)}" if outcome.figures else ""
                log(
                    f"{spec.check_name} failed on {spec.table}:\n{outcome.failures_markdown()}"
                    + figures
                )
        try:
            quality_history.record(outcomes, build_db, context.run.run_id, checked_at)
            recorded = QUALITY_RESULTS
        except (duckdb.Error, OSError) as error:
            # The checks' verdicts stand; the missing history rows are said where they are
            # looked for.
            context.log.error(f"gx_{step}: not recorded in {QUALITY_RESULTS}: {error}")
            recorded = f"not recorded: {error}"
        else:
            # Kept current step by step, so that it is there when a blocking check stops the run.
            try:
                quality_history.render(build_db)
            except (duckdb.Error, OSError) as error:
                context.log.warning(f"gx_{step}: quality report not updated: {error}")
        for spec, outcome in outcomes:
            yield check_result(spec, outcome, recorded)

    return _checks


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
        asset_key=AssetKey(list(spec.asset_key)),
        check_name=spec.check_name,
        passed=outcome.success,
        severity=AssetCheckSeverity.ERROR if spec.blocking else AssetCheckSeverity.WARN,
        metadata=metadata,
    )
