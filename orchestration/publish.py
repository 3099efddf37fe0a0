"""The publish asset: the validated marts become what BI reads, through the engine resource."""

import dagster as dg

from orchestration.config import settings
from orchestration.engines import Engine
from orchestration.state import Publications


def build_publish_asset(mart_keys: list[dg.AssetKey], engine: Engine) -> dg.AssetsDefinition:
    """The asset that publishes on `engine`, the one the `engine` resource will be."""

    @dg.asset(
        key=engine.published_asset_key,
        deps=mart_keys,
        group_name="publish",
        kinds={engine.name},
        description=(
            f"What BI tools read: {engine.publishes}. Runs only when every blocking check "
            "upstream passed in this run; published atomically."
        ),
    )
    def _publish(
        context: dg.AssetExecutionContext, engine: Engine, publications: Publications
    ) -> dg.MaterializeResult:
        tables = sorted(key.path[-1] for key in mart_keys)
        try:
            published = engine.publish(tables, context.run_id)
        finally:
            engine.close()
        publications.record(settings().build_db, context.run_id)
        context.log.info(f"published {len(tables)} marts on {engine.name}")
        return dg.MaterializeResult(metadata=published)

    return _publish
