"""The code location: `dagster dev` and `dagster asset materialize -m orchestration.definitions`."""

import dagster as dg

from orchestration.dbt_assets import dbt_resource, warehouse_dbt_assets
from orchestration.publish import build_publish_asset
from orchestration.raw_assets import LANDING_SPECS, RAW_ASSETS, load_audit
from orchestration.validation import build_gx_checks

MART_KEYS = [key for key in warehouse_dbt_assets.keys if key.path[0] == "marts"]

bi_duckdb = build_publish_asset(MART_KEYS)

build_warehouse = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Load new drops, build and test the marts, validate, publish bi.duckdb.",
)

defs = dg.Definitions(
    assets=[*LANDING_SPECS, *RAW_ASSETS, load_audit, warehouse_dbt_assets, bi_duckdb],
    asset_checks=build_gx_checks(),
    jobs=[build_warehouse],
    resources={"dbt": dbt_resource},
    # DuckDB allows one writer: every step runs in this one process, one after the other.
    executor=dg.in_process_executor,
)
