"""`make run`: the headless build of the whole asset graph, or nothing when nothing changed.

A build is needed when the last publication (`quality.publications`, orchestration/state.py)
is not of what is here now:

- a complete drop holds a file that is neither in the load ledger nor among the ignored files
  (a new drop, a late one, a file that failed to load last time);
- the ledger holds files loaded after the last publication (a run that stopped before
  publishing: a blocking check, an error, a kill);
- the project's code or settings differ from the published build's (`build_fingerprint`);
- the as-of date moved (`LOYALTY_TODAY`, else today: freshness and the month windows move);
- nothing was published yet, or `bi.duckdb` is gone.

Otherwise it says so and exits in about a second, without starting Dagster (whose start alone
takes seconds). `--force` builds anyway. A build is `dagster asset materialize --select '*'`,
SPEC §5's command, in place of this process; each run loads only what it has not loaded yet
(orchestration/loading.py) and dbt rebuilds only what the new files change
(macros/incremental.sql).

    uv run python -m orchestration.build [--force]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

from orchestration.config import PROJECT_DIR, Settings, settings
from orchestration.extracts import KINDS
from orchestration.landing import SUCCESS_MARKER, scan
from orchestration.state import PUBLICATIONS, build_fingerprint

MATERIALIZE = ["asset", "materialize", "-m", "orchestration.definitions", "--select", "*",
               "-c", "orchestration/run_config.yaml"]  # fmt: skip


def delivered_files(conf: Settings) -> set[str]:
    """Every file of every complete drop, as the ledger names it (`<system>/<date>/<name>`)."""
    return {
        path.relative_to(conf.landing_dir).as_posix()
        for system in sorted({kind.system for kind in KINDS})
        for drop in scan(conf.landing_dir, system).drops
        for path in drop.path.iterdir()
        if path.name != SUCCESS_MARKER and not path.name.startswith(".")
    }


def why_build(conf: Settings) -> str | None:
    """Why a build is needed now, in a sentence; None when the publication is current."""
    if not conf.bi_db.exists() or not conf.build_db.exists():
        return "nothing is published yet"
    try:
        with duckdb.connect(str(conf.build_db), read_only=True) as con:
            last = con.execute(
                f"select fingerprint, as_of, loaded_until, "
                "(select max(loaded_at) from raw._load_ledger) "
                f"from {PUBLICATIONS} order by published_at desc limit 1"
            ).fetchone()
            known = {
                f
                for (f,) in con.execute(
                    "select source_file from raw._load_ledger "
                    "union all select source_file from raw._ignored_files"
                ).fetchall()
            }
    except duckdb.Error as error:
        return f"the last publication cannot be read ({str(error).splitlines()[0]})"
    if last is None:
        return "nothing is published yet"
    fingerprint, as_of, published_until, loaded_until = last
    if new := sorted(delivered_files(conf) - known):
        shown = ", ".join(new[:3]) + (f" and {len(new) - 3} more" if len(new) > 3 else "")
        return f"{len(new)} new file(s) in the landing dir: {shown}"
    if published_until is None or (loaded_until is not None and loaded_until > published_until):
        return "files were loaded by a run that did not publish"
    if as_of != conf.today:
        return f"the as-of date moved from {as_of} to {conf.today}"
    if fingerprint != build_fingerprint():
        return "the project's code or settings changed since the last publication"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build even if nothing changed")
    args = parser.parse_args(argv)
    conf = settings()
    reason = "--force" if args.force else why_build(conf)
    if reason is None:
        print(
            f"Nothing to do: no new file in {conf.landing_dir}, and the code, settings and as-of "
            f"date ({conf.today}) are those of the last publication; {conf.bi_db} is current. "
            "`make run FORCE=1` builds anyway.",
            flush=True,
        )
        return 0
    print(f"Building: {reason}.", flush=True)
    dagster = Path(sys.executable).parent / "dagster"
    os.chdir(PROJECT_DIR)
    os.execv(dagster, [str(dagster), *MATERIALIZE])


if __name__ == "__main__":
    sys.exit(main())
