"""The `bi/dashboards` asset: the dashboards (dashboard/), rebuilt from each published bi.duckdb."""

import dagster as dg

from dashboard.site import PAGES, build_site
from orchestration.config import settings


def build_dashboards_asset(bi_duckdb: dg.AssetKey) -> dg.AssetsDefinition:
    @dg.asset(
        key=dg.AssetKey(["bi", "dashboards"]),
        deps=[bi_duckdb],
        group_name="publish",
        kinds={"html", "plotly"},
        description=(
            "The customer relation status, CFO and Act now pages with the customer drill-down, "
            "read from "
            "the published `bi.duckdb` only, so they never show unvalidated numbers; "
            "`$LOYALTY_WAREHOUSE_DIR/dashboard/`, switched to the new build in one rename. "
            "`make dashboard` serves them."
        ),
    )
    def dashboards(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        conf = settings()
        files = build_site(conf.bi_db, conf.dashboard_dir)
        context.log.info(f"dashboards rebuilt in {conf.dashboard_dir}: {', '.join(PAGES)}")
        return dg.MaterializeResult(
            metadata={
                "path": dg.MetadataValue.path(str(conf.dashboard_dir)),
                "pages": dg.MetadataValue.json(
                    {name: title for name, (title, _, _) in PAGES.items()}
                ),
                "size_bytes": sum(files.values()),
            }
        )

    return dashboards
