"""Dagster assets that load the landing zone into the raw schema: one asset per extract kind."""

import datetime as dt

import dagster as dg

from orchestration.config import settings
from orchestration.engines import Engine
from orchestration.extracts import KINDS, ExtractKind
from orchestration.landing import ignored_files, scan
from orchestration.loading import LoadError, connect, inspect_file, load_file, run

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


def build_raw_asset(kind: ExtractKind, engine: Engine) -> dg.AssetsDefinition:
    """The asset that loads one extract kind, on `engine`, the one the `engine` resource will
    be (the loader writes DuckDB; another engine gets the files shipped)."""

    @dg.asset(
        key=dg.AssetKey(["raw", kind.table]),
        deps=[landing_spec(kind).key],
        group_name=RAW_GROUP,
        kinds={"duckdb", engine.name},
        description=(
            f"Every version of every `{kind.file_glob}` row from every complete `{kind.system}` "
            "drop, typed, with lineage columns; unparseable rows go to `raw._quarantine`."
        ),
    )
    def _load(context: dg.AssetExecutionContext, engine: Engine) -> dg.MaterializeResult:
        conf = settings()
        found = scan(conf.landing_dir, kind.system)
        for reason in found.skipped:
            context.log.warning(reason)
        results = []
        con = connect(conf.build_db)
        try:
            if kind is SYSTEM_KINDS[kind.system][0]:
                _record_ignored_files(context, con, found.drops, conf.landing_dir)
            # Every pending file of the system is checked before any is loaded: a run that
            # must stop names every bad file, and a delta never loads over a bad earlier drop.
            errors = _inspect_system(con, kind.system, found.drops, conf.landing_dir)
            first_bad = min(errors.values(), default=None)
            notes: dict[str, list[str]] = {}
            for drop in found.drops:
                for path in sorted(drop.path.glob(kind.file_glob)):
                    stopped = first_bad is not None and drop.date >= first_bad
                    try:
                        result = load_file(con, kind, drop, path, conf.landing_dir, stopped)
                    except LoadError as e:
                        errors.setdefault(str(e), drop.date)
                        first_bad = min(first_bad or drop.date, drop.date)
                        continue
                    for note in result.notes:
                        notes.setdefault(note, []).append(result.source_file)
                    if stopped or result.skipped:
                        continue
                    context.log.info(
                        f"{result.source_file}: read {result.rows_read}, loaded "
                        f"{result.rows_loaded}, quarantined {result.rows_quarantined}"
                    )
                    results.append(result)
            for note, files in notes.items():
                context.log.warning(f"{note} ({_files(sorted(set(files)))})")
            if errors:
                for error in errors:
                    context.log.error(error)
                raise dg.Failure(
                    description=(
                        f"{len(errors)} bad file(s) in {kind.system}/; its drops from "
                        f"{first_bad} on are not loaded until each is fixed:\n"
                        + "\n".join(f"- {e}" for e in errors)
                    ),
                    allow_retries=False,
                )
            total_rows = run(con, f"select count(*) from raw.{kind.table}")[0][0]
            never_delivered = (
                kind.when_never_delivered
                and not run(
                    con, "select count(*) from raw._load_ledger where raw_table = ?", [kind.table]
                )[0][0]
            )
            if never_delivered:
                context.log.warning(kind.when_never_delivered)
            # On another engine, the files it lacks (these, or a retry's) go there now.
            try:
                shipped = engine.ship(con, kind.table)
                if kind is SYSTEM_KINDS[kind.system][0]:
                    engine.ship_ignored_files(con)
            finally:
                engine.close()
            if shipped:
                context.log.info(f"copied {len(shipped)} file(s) to {engine.name}")
        finally:
            con.close()
        return dg.MaterializeResult(
            metadata={
                "files_loaded": len(results),
                "rows_read": sum(r.rows_read for r in results),
                "rows_loaded": sum(r.rows_loaded for r in results),
                "rows_quarantined": sum(r.rows_quarantined for r in results),
                "dagster/row_count": total_rows,
                "drops_not_loaded": dg.MetadataValue.md(
                    "\n".join(f"- {s}" for s in found.skipped) or "none"
                ),
                **({"note": kind.when_never_delivered} if never_delivered else {}),
            }
        )

    return _load


SYSTEM_KINDS: dict[str, list[ExtractKind]] = {}
for _kind in KINDS:
    SYSTEM_KINDS.setdefault(_kind.system, []).append(_kind)


def _files(files: list[str], shown: int = 3) -> str:
    more = f" and {len(files) - shown} more" if len(files) > shown else ""
    return ", ".join(files[:shown]) + more


def _inspect_system(con, system: str, drops, landing_dir) -> dict[str, dt.date]:
    """Each error of the system's pending files that their headers show, with its drop."""
    errors: dict[str, dt.date] = {}
    for drop in drops:
        for kind in SYSTEM_KINDS[system]:
            for path in sorted(drop.path.glob(kind.file_glob)):
                try:
                    inspect_file(con, kind, path, landing_dir)
                except LoadError as e:
                    errors.setdefault(str(e), drop.date)
    return errors


def _record_ignored_files(context, con, drops, landing_dir) -> None:
    """Name the files of the system's drops that no extract kind loads, and keep them in
    `raw._ignored_files` (shown in `mart_data_quality`): nothing is ignored in silence."""
    for drop in drops:
        patterns = tuple(k.file_glob for k in SYSTEM_KINDS[drop.system])
        for path in ignored_files(drop, patterns):
            source_file = path.relative_to(landing_dir).as_posix()
            reason = (
                f"not an extract this warehouse loads; a {drop.system} drop holds "
                f"{', '.join(patterns)} (SPEC §2)"
            )
            context.log.warning(f"{source_file}: {reason}")
            run(
                con,
                "insert into raw._ignored_files select ?, ?, ?, ?, now()::timestamp "
                "where not exists (select 1 from raw._ignored_files where source_file = ?)",
                [drop.system, drop.date, source_file, reason, source_file],
            )


LANDING_SPECS = [landing_spec(kind) for kind in KINDS]


def build_raw_assets(engine: Engine) -> list[dg.AssetsDefinition]:
    return [build_raw_asset(kind, engine) for kind in KINDS]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            key=dg.AssetKey(["raw", "load_ledger"]),
            deps=[dg.AssetKey(["raw", kind.table]) for kind in KINDS],
            group_name=RAW_GROUP,
            kinds={"duckdb"},
            description="`raw._load_ledger`: every loaded file, its checksum and row counts.",
        ),
        dg.AssetSpec(
            key=dg.AssetKey(["raw", "quarantine"]),
            deps=[dg.AssetKey(["raw", kind.table]) for kind in KINDS],
            group_name=RAW_GROUP,
            kinds={"duckdb"},
            description="`raw._quarantine`: every rejected value with file, row, column and reason.",
        ),
        dg.AssetSpec(
            key=dg.AssetKey(["raw", "ignored_files"]),
            deps=[dg.AssetKey(["raw", kind.table]) for kind in KINDS],
            group_name=RAW_GROUP,
            kinds={"duckdb"},
            description="`raw._ignored_files`: every file in a complete drop that no extract kind "
            "loads (a misspelt name, an extract not supported yet), with the reason.",
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
        ignored = [f for (f,) in run(con, "select source_file from raw._ignored_files order by 1")]
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
    yield dg.MaterializeResult(
        asset_key=["raw", "ignored_files"],
        metadata={
            "files_ignored": len(ignored),
            "files": dg.MetadataValue.md("\n".join(f"- {f}" for f in ignored) or "none"),
        },
    )
