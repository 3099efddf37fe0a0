"""The code location: `dagster dev` and `dagster asset materialize -m orchestration.definitions`.

The engine is chosen here, once (`LOYALTY_TARGET`), and is the `engine` resource every asset
and check that depends on it asks; the state a run leaves for the next one is two resources
whose contracts orchestration/state.py documents.
"""

import dagster as dg

from orchestration.alerts import build_alerts_asset
from orchestration.automation import build_automation
from orchestration.comment_scoring import comment_scores
from orchestration.dashboards import build_dashboards_asset
from orchestration.dbt_assets import build_dbt_assets
from orchestration.drivers import nps_driver_estimates
from orchestration.engines import engine_from_env
from orchestration.publish import build_publish_asset
from orchestration.quality_report import build_quality_report_asset
from orchestration.raw_assets import LANDING_SPECS, build_raw_assets, load_audit
from orchestration.state import Publications, QualityHistory
from orchestration.validation import build_gx_checks

ENGINE = engine_from_env()
dbt_assets, dbt = build_dbt_assets(ENGINE)
MART_KEYS = [key for assets in dbt_assets for key in assets.keys if key.path[0] == "marts"]

published = build_publish_asset(MART_KEYS, ENGINE)
# The dashboards read bi.duckdb; on another engine, BI tools read its schema `bi` instead.
dashboards = [build_dashboards_asset(published.key)] if ENGINE.name == "duckdb" else []
alerts = build_alerts_asset(published.key)
# The load ledger is written after the raw tables: its checks are a step of their own.
gx_checks = build_gx_checks(own_steps=load_audit.keys)
quality_report = build_quality_report_asset(
    sorted({key.asset_key for check in gx_checks for key in check.check_keys}, key=str)
)

build_warehouse = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Load new drops, build and test the marts, validate, publish bi.duckdb.",
)
new_drops_sensor, daily_build = build_automation(build_warehouse)

defs = dg.Definitions(
    assets=[
        *LANDING_SPECS,
        *build_raw_assets(ENGINE),
        load_audit,
        # Where dbt runs no Python models, comments are scored before dbt runs.
        *([] if ENGINE.runs_python_models else [comment_scores]),
        # The key drivers are fitted in Python between two dbt steps, on every engine.
        dbt_assets[0],
        nps_driver_estimates,
        dbt_assets[1],
        published,
        *dashboards,
        alerts,
        quality_report,
    ],
    asset_checks=gx_checks,
    jobs=[build_warehouse],
    sensors=[new_drops_sensor],
    schedules=[daily_build],
    resources={
        "engine": ENGINE,
        "dbt": dbt,
        "publications": Publications(),
        "quality_history": QualityHistory(),
    },
    # DuckDB allows one writer: every step runs in this one process, one after the other.
    executor=dg.in_process_executor,
)
