"""When the warehouse builds by itself: a sensor on the landing dir and a daily schedule.

Both start the `build_warehouse` job; both are off until switched on (Dagster UI → Automation,
or `dagster sensor start` / `dagster schedule start`) because they need the daemon that
`dagster dev` runs. A run loads only the files it has not loaded yet and dbt rebuilds only what
they change (macros/incremental.sql), so a day costs about that day's data. Runs queue one at a
time (dagster_home/dagster.yaml): DuckDB allows one writer.
"""

from __future__ import annotations

import json

import dagster as dg

from orchestration.config import settings
from orchestration.extracts import KINDS
from orchestration.landing import scan

SYSTEMS = sorted({kind.system for kind in KINDS})


def complete_drops() -> list[str]:
    """`<system>/<date>` of every complete drop in the landing dir, sorted."""
    landing_dir = settings().landing_dir
    return sorted(
        f"{drop.system}/{drop.date.isoformat()}"
        for system in SYSTEMS
        for drop in scan(landing_dir, system).drops
    )


def build_automation(job: dg.JobDefinition) -> tuple[dg.SensorDefinition, dg.ScheduleDefinition]:
    @dg.sensor(
        job=job,
        minimum_interval_seconds=60,
        description=(
            "Starts a build when a drop in the landing dir becomes complete (its `_SUCCESS` "
            "appears), whatever its date: a late drop is picked up too."
        ),
    )
    def new_drops_sensor(context: dg.SensorEvaluationContext):
        # The landing dir only, never the database: an open reader would block the running
        # build's writes. The cursor holds the drops already seen.
        seen = set(json.loads(context.cursor)) if context.cursor else set()
        drops = complete_drops()
        new = [d for d in drops if d not in seen]
        if not new:
            return dg.SkipReason("no new complete drop in the landing dir")
        context.update_cursor(json.dumps(drops))
        return dg.RunRequest(
            run_key=f"drops:{new[0]}..{new[-1]}:{len(new)}",
            tags={"loyalty/new_drops": ", ".join(new)[:1000]},
        )

    daily = dg.ScheduleDefinition(
        name="daily_build",
        job=job,
        cron_schedule="0 6 * * *",
        execution_timezone="Europe/Copenhagen",
        description=(
            "Every morning at 06:00: a build whether or not drops arrived, so freshness "
            "warnings appear in the quality report when a source system goes quiet."
        ),
    )
    return new_drops_sensor, daily
