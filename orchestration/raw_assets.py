"""Dagster assets that load the landing zone into the raw schema: one asset per extract kind."""

import dagster as dg

from orchestration.config import settings
from orchestration.engines import connect_engine, target
from orchestration.extracts import KINDS, ExtractKind
from orchestration.landing import scan
from orchestration.loading import LoadError, connect, load_file, run

LANDING_GROUP = "landing"
RAW_GROUP = "raw"


def landing_spec(kind: ExtractKind) -> dg.AssetSpec:
    """The extract files themselves: produced outside Dagster, observed by the loaders."""
    return dg.AssetSpec(
        key=dg.AssetKey(["landing", kind.table]),
        group_name=LANDING_GROUP,
        description=f"`{kind.system}/<YYYY-MM-DD>/{kind.file_glob}` drops in the landing zone.",
        kinds={"csv"},
    )


def build_raw_asset(kind: ExtractKind) -> dg.AssetsDefinition:
    @dg.asset(
        key=dg.AssetKey(["raw", kind.table]),
        deps=[landing_spec(kind).key],
        group_name=RAW_GROUP,
        kinds={"duckdb"} | ({target()} if target() != "duckdb" else set()),
        description=(
            f"Every version of every `{kind.file_glob}` row from every complete `{kind.system}` "
            "drop, typed, with lineage columns; unparseable rows go to `raw._quarantine`."
        ),
    )
    def _load(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        conf = settings()
        found = scan(conf.landing_dir, kind.system)
        for reason in found.skipped:
            context.log.warning(reason)
        results = []
        con = connect(conf.build_db)
        try:
            for drop in found.drops:
                for path in sorted(drop.path.glob(kind.file_glob)):
                    try:
                        result = load_file(con, kind, drop, path, conf.landing_dir)
                    except LoadError as e:
                        raise dg.Failure(description=str(e), allow_retries=False) from None
                    if not result.skipped:
                        context.log.info(
                            f"{result.source_file}: read {result.rows_read}, loaded "
                            f"{result.rows_loaded}, quarantined {result.rows_quarantined}"
                        )
                    results.append(result)
            total_rows = run(con, f"select count(*) from raw.{kind.table}")[0][0]
            # On another engine, the files it lacks (these, or a retry's) go there now.
            engine = connect_engine()
            if engine is not None:
                try:
                    shipped = engine.ship(con, kind.table)
                finally:
                    engine.close()
                context.log.info(f"copied {len(shipped)} file(s) to {engine.name}")
        finally:
            con.close()
        new = [r for r in results if not r.skipped]
        return dg.MaterializeResult(
            metadata={
                "files_loaded": len(new),
                "files_already_loaded": len(results) - len(new),
                "rows_read": sum(r.rows_read for r in new),
                "rows_loaded": sum(r.rows_loaded for r in new),
                "rows_quarantined": sum(r.rows_quarantined for r in new),
                "dagster/row_count": total_rows,
                "drops_not_loaded": dg.MetadataValue.md(
                    "\n".join(f"- {s}" for s in found.skipped) or "none"
                ),
            }
        )

    return _load


RAW_ASSETS = [build_raw_asset(kind) for kind in KINDS]
LANDING_SPECS = [landing_spec(kind) for kind in KINDS]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            key=dg.AssetKey(["raw", "load_ledger"]),
            deps=[a.key for a in RAW_ASSETS],
            group_name=RAW_GROUP,
            kinds={"duckdb"},
            description="`raw._load_ledger`: every loaded file, its checksum and row counts.",
        ),
        dg.AssetSpec(
            key=dg.AssetKey(["raw", "quarantine"]),
            deps=[a.key for a in RAW_ASSETS],
            group_name=RAW_GROUP,
            kinds={"duckdb"},
            description="`raw._quarantine`: every rejected value with file, row, column and reason.",
        ),
    ]
)
def load_audit():
    """Totals of what the loaders wrote to the ledger and the quarantine, for the asset pages."""
    con = connect(settings().build_db)
    try:
        files, read, loaded, quarantined = run(
            con,
            "select count(*), coalesce(sum(rows_read), 0), coalesce(sum(rows_loaded), 0), "
            "coalesce(sum(rows_quarantined), 0) from raw._load_ledger",
        )[0]
        reasons = run(
            con,
            "select reason, count(*) from raw._quarantine group by reason order by 2 desc limit 20",
        )
    finally:
        con.close()
    yield dg.MaterializeResult(
        asset_key=["raw", "load_ledger"],
        metadata={"files": files, "rows_read": read, "rows_loaded": loaded},
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "quarantine"],
        metadata={
            "rows_quarantined": quarantined,
            "top_reasons": dg.MetadataValue.md(
                "\n".join(f"- {count} × {reason}" for reason, count in reasons) or "none"
            ),
        },
    )
