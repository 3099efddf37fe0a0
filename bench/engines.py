"""The whole pipeline on DuckDB, PostgreSQL and Spark, on the same extracts and machine.

For each tier (as in bench/pipeline.py: S 10k accounts, M 250k) and each run, the three engines
run one after the other (so that each run's ratios are measured under the same conditions):
`dagster asset materialize --select '*'` from an empty warehouse on the drops up to the day
before the last, with LOYALTY_TARGET set. PostgreSQL is a server of its own started for the
benchmark (Debian's package, loopback; tests/engines/postgres_server.py); Spark is local
PySpark in the run's processes. Wall time, and peak memory of the run's process tree plus the
PostgreSQL server's; then every published mart compared with DuckDB's, as the parity suite
does. Adds its runs to `docs/engine_benchmarks.json`, each with its commit, time and memory
limit, so that a run of one engine adds to the others' figures rather than replacing them; then
prints a Markdown table of medians and ratios to DuckDB (per run, then their median).

    make bench-engines                                   # tier S, 3 runs
    LOYALTY_MEMORY_LIMIT=4GB uv run --extra engines python bench/engines.py --tiers M --runs 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.pipeline import (  # noqa: E402
    MATERIALIZE,
    TIERS,
    VENV_BIN,
    commit,
    deliver,
    extracts,
    measure,
    prepare_run,
)
from orchestration.config import DEFAULT_MEMORY_LIMIT  # noqa: E402
from tests.conftest import Warehouse  # noqa: E402
from tests.engines import postgres_server  # noqa: E402
from tests.engines.parity import compare_published  # noqa: E402

ENGINES = ("duckdb", "postgres", "spark")


def one_run(engine: str, source: Path, run_dir: Path, server, n: int) -> tuple[dict, Warehouse]:
    """The measured run on one engine, and its warehouse (to read what it published)."""
    landing, warehouse, dates, env = prepare_run(source, run_dir)
    env["LOYALTY_TARGET"] = engine
    postmaster = None
    if engine == "postgres":
        database = f"bench_{run_dir.parent.name.lower()}_{n}"
        server.create_database(database)
        env |= server.env(database)
        postmaster = int((server.root / "data" / "postmaster.pid").read_text().split()[0])
    target_path = ["--target-path", f"target/{engine}"] if engine != "duckdb" else []
    subprocess.run([VENV_BIN / "dbt", "parse", "--quiet", "--target", engine, *target_path], cwd=PROJECT_DIR,
                   env=env, check=True)  # fmt: skip
    deliver(source, landing, dates[:-1])
    measured = measure(MATERIALIZE, env, run_dir / "full.log", postmaster)
    return measured, Warehouse(landing, warehouse, run_dir / "dagster_home", env)


def parity(published: dict[str, Warehouse]) -> dict:
    """Every engine's published marts against DuckDB's, as the parity suite compares them."""
    found = {}
    for engine, wh in published.items():
        if engine == "duckdb":
            continue
        try:
            marts = compare_published(engine, wh, published["duckdb"])
            found[engine] = {
                "marts": len(marts),
                "equal": True,
                "largest_float_difference": max(
                    m["largest_float_difference"] for m in marts.values()
                ),
            }
        except AssertionError as error:
            found[engine] = {"equal": False, "difference": str(error)[:500]}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiers", default="S", help="comma-separated, of S, M")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES), help="run in this order")
    parser.add_argument("--workdir", type=Path, default=PROJECT_DIR / "bench" / ".work")
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "docs" / "engine_benchmarks.json")
    args = parser.parse_args()
    engines = [e for e in args.engines.split(",") if e in ENGINES]  # in the order given
    results = json.loads(args.out.read_text()) if args.out.exists() else {"tiers": {}}
    server = postgres_server.start() if "postgres" in engines else None
    try:
        for tier in [t.strip().upper() for t in args.tiers.split(",")]:
            source = extracts(tier, args.workdir)
            for n in range(args.runs):
                run = new_run(results, tier)
                published = {}
                for engine in engines:
                    print(f"tier {tier}, run {n + 1} of {args.runs}: {engine}", flush=True)
                    run[engine], published[engine] = one_run(
                        engine, source, args.workdir / tier / engine, server, n
                    )
                    print(f"  {run[engine]}", flush=True)
                    save(results, run, args.out)  # a long run's measurements, kept as they come
                if "duckdb" in published and len(published) > 1:
                    run["parity"] = parity(published)
                    print(f"  parity {run['parity']}", flush=True)
                    save(results, run, args.out)
    finally:
        if server is not None:
            server.stop()
    print(table(results))


def new_run(results: dict, tier: str) -> dict:
    """A run added to the tier's earlier ones (from other days, commits or engines)."""
    run = {
        "commit": commit(),
        # DuckDB's memory_limit and Spark's driver memory (PostgreSQL: its defaults).
        "memory_limit": os.environ.get("LOYALTY_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT,
    }
    results["tiers"].setdefault(tier, {"accounts": TIERS[tier], "runs": []})["runs"].append(run)
    return run


def save(results: dict, run: dict, out: Path) -> None:
    run["when"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    out.write_text(json.dumps(results, indent=2) + "\n")


def table(results: dict) -> str:
    lines = ["| tier | engine | full run, s (median) | ratio to DuckDB | peak RSS, MiB |",
             "|---|---|---|---|---|"]  # fmt: skip
    for tier, measured in results["tiers"].items():
        for engine in ENGINES:
            runs = [run for run in measured["runs"] if engine in run]
            if not runs:
                continue
            seconds = statistics.median(run[engine]["seconds"] for run in runs)
            rss = statistics.median(run[engine]["peak_rss_mib"] for run in runs)
            # Each run's own ratio: DuckDB ran in the same run, under the same conditions.
            ratios = [run[engine]["seconds"] / run["duckdb"]["seconds"] for run in runs
                      if "duckdb" in run]  # fmt: skip
            shown = f"{statistics.median(ratios):.2f}" if ratios else "–"
            lines.append(f"| {tier} | {engine} | {seconds:.0f} | {shown} | {rss:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
