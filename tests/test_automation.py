"""The landing-dir sensor starts a build for each new complete drop; the schedule runs daily."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import build_warehouse, daily_build, defs, new_drops_sensor


def drop(landing, name: str, complete: bool = True) -> None:
    path = landing / name
    path.mkdir(parents=True)
    if complete:
        (path / "_SUCCESS").touch()


def evaluate(cursor: str | None):
    context = dg.build_sensor_context(cursor=cursor)
    return new_drops_sensor(context), context.cursor


@pytest.fixture
def landing(tmp_path, monkeypatch):
    monkeypatch.setenv("LOYALTY_LANDING_DIR", str(tmp_path))
    return tmp_path


def test_sensor_requests_one_build_per_arrival_of_complete_drops(landing):
    result, cursor = evaluate(None)
    assert isinstance(result, dg.SkipReason)

    for system in ("crm", "billing", "survey"):
        drop(landing, f"{system}/2026-10-17")
    result, cursor = evaluate(cursor)
    assert isinstance(result, dg.RunRequest)
    assert (
        result.tags["loyalty/new_drops"] == "billing/2026-10-17, crm/2026-10-17, survey/2026-10-17"
    )

    # Nothing new: no second build for the same drops.
    result, cursor = evaluate(cursor)
    assert isinstance(result, dg.SkipReason)

    # A drop still being written does not count until its _SUCCESS appears; a late drop does.
    drop(landing, "billing/2026-10-18", complete=False)
    result, cursor = evaluate(cursor)
    assert isinstance(result, dg.SkipReason)
    (landing / "billing/2026-10-18/_SUCCESS").touch()
    drop(landing, "crm/2026-10-16")
    result, cursor = evaluate(cursor)
    assert isinstance(result, dg.RunRequest)
    assert result.tags["loyalty/new_drops"] == "billing/2026-10-18, crm/2026-10-16"


def test_sensor_and_schedule_start_the_whole_build():
    assert new_drops_sensor.job_name == build_warehouse.name
    assert daily_build.job_name == build_warehouse.name
    assert daily_build.cron_schedule == "0 6 * * *"
    assert new_drops_sensor in defs.sensors and daily_build in defs.schedules
