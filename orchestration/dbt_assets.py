"""The dbt project as Dagster assets: one translator decides keys and groups for every dbt node."""

import sys
from collections.abc import Mapping, Sequence
from functools import cached_property
from importlib.metadata import version
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from packaging.version import Version

from orchestration.config import DBT_PROJECT_DIR
from orchestration.engines import Engine


class WarehouseTranslator(DagsterDbtTranslator):
    """Models and seeds are keyed `[schema, name]` and grouped by their top folder under
    `models/` (staging, intermediate, marts); sources keep the key of their loading asset
    (`meta.dagster.asset_key`)."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            return dg.AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "model":
            return dbt_resource_props["fqn"][1]
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        return super().get_group_name(dbt_resource_props)


class WarehouseDbtCli(DbtCliResource):
    """dagster-dbt's CLI resource without two start-up costs this project does not use.

    Before every dbt command, `DbtCliResource` runs `dbt --version` in a subprocess (to tell dbt
    Core from the Fusion engine) and builds a dbt adapter in this process (for the optional column
    metadata, `fetch_column_metadata`). Together they took 4 to 6 s of every run here, a third of
    a tier S day. The version is the installed dbt-core's (pinned in pyproject.toml); no
    adapter is built. tests/test_end_to_end.py runs every build through it."""

    @cached_property
    def _cli_version(self) -> Version:
        return Version(version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


# The models that read what a Python asset computed from other dbt models (orchestration/drivers.py):
# a dbt step of their own after it. In one multi-asset, Dagster would split dbt's step around
# the Python asset itself, into several subset steps; dbt's eager test selection then runs, in
# a subset step, tests whose other parents are not built yet (a seed's relationship test before
# the staging model it checks), and the run fails.
AFTER_PYTHON = "mart_nps_drivers"


def build_dbt_assets(engine: Engine) -> tuple[list[dg.AssetsDefinition], DbtCliResource]:
    """The dbt project's assets on `engine`'s target, and the dbt CLI resource they run with:
    everything but AFTER_PYTHON, then AFTER_PYTHON."""
    project = DbtProject(
        project_dir=DBT_PROJECT_DIR,
        profiles_dir=DBT_PROJECT_DIR,
        target=engine.dbt_target,
        target_path=engine.dbt_target_path,
    )
    # Under `dagster dev` the manifest is parsed on start; elsewhere `make` prepares it.
    project.prepare_if_dev()

    def dbt_build(context: dg.AssetExecutionContext, dbt: DbtCliResource, engine: Engine):
        """`dbt build`: seeds, models, contracts and data tests, in dependency order. Unit tests
        check the models' code, not the data: they run in `make test`, not in every build."""
        engine.before_dbt()
        yield from dbt.cli(
            ["build", "--exclude-resource-type", "unit_test"], context=context
        ).stream()

    @dbt_assets(
        manifest=project.manifest_path,
        dagster_dbt_translator=WarehouseTranslator(),
        exclude=AFTER_PYTHON,
    )
    def warehouse_dbt_assets(
        context: dg.AssetExecutionContext, dbt: DbtCliResource, engine: Engine
    ):
        yield from dbt_build(context, dbt, engine)

    @dbt_assets(
        manifest=project.manifest_path,
        dagster_dbt_translator=WarehouseTranslator(),
        select=AFTER_PYTHON,
        name="driver_dbt_assets",
    )
    def driver_dbt_assets(context: dg.AssetExecutionContext, dbt: DbtCliResource, engine: Engine):
        yield from dbt_build(context, dbt, engine)

    # The dbt of this environment, whether or not its bin folder is on PATH.
    dbt = WarehouseDbtCli(
        project_dir=project, dbt_executable=str(Path(sys.executable).parent / "dbt")
    )
    return [warehouse_dbt_assets, driver_dbt_assets], dbt
