"""The whole pipeline on DuckDB, PostgreSQL and Spark, on the same extracts and machine.

For each tier (as in bench/pipeline.py: S 10k accounts, M 250k) and each run, the three engines
run one after the other (so that each run's ratios are measured under the same conditions):
`dagster asset materialize --select '*'` from an empty warehouse on the drops up to the day
before the last, with LOYALTY_TARGET set. PostgreSQL is a server of its own started for the
benchmark (Debian's package, loopback; tests/engines/postgres_server.py); Spark is local
PySpark in the run's processes. Wall time, and peak memory of the run's process tree plus the
PostgreSQL server's. Writes `docs/engine_benchmarks.json` and prints a Markdown table of
medians and ratios to DuckDB (per run, then their median).

    make bench-engines                                   # tier S, 3 runs
    uv run --extra engines python bench/engines.py --tiers S,M --runs 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.pipeline import TIERS, VENV_BIN, commit, deliver, extracts, tree_rss_mib  # noqa: E402
from tests.engines import postgres_server  # noqa: E402

ENGINES = ("duckdb", "postgres", "spark")


def measure(cmd: list[str], env: dict[str, str], log: Path, also: int | None) -> dict:
    """Wall time of `cmd`, and the peak RSS of its process tree plus session `also`'s."""
    peak = [0.0]
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            cmd, cwd=PROJECT_DIR, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                rss = tree_rss_mib(process.pid) + (tree_rss_mib(also) if also else 0)
                peak[0] = max(peak[0], rss)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    if code != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed ({code}); see {log}")
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(peak[0])}


def one_run(engine: str, source: Path, run_dir: Path, server, n: int) -> dict:
    if run_dir.exists():
        shutil.rmtree(run_dir)
    landing, warehouse, home = run_dir / "landing", run_dir / "warehouse", run_dir / "dagster_home"
    home.mkdir(parents=True)
    shutil.copy(PROJECT_DIR / "dagster_home" / "dagster.yaml", home)
    dates = sorted(p.name for p in (source / "billing").iterdir() if p.is_dir())
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "LOYALTY_TARGET": engine,
        "LOYALTY_LANDING_DIR": str(landing),
        "LOYALTY_WAREHOUSE_DIR": str(warehouse),
        "DAGSTER_HOME": str(home),
        "LOYALTY_TODAY": dates[-1],
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    postmaster = None
    if engine == "postgres":
        database = f"bench_{run_dir.parent.name.lower()}_{n}"
        server.create_database(database)
        env |= server.env(database)
        postmaster = int((server.root / "data" / "postmaster.pid").read_text().split()[0])
    target_path = ["--target-path", f"target/{engine}"] if engine != "duckdb" else []
    subprocess.run([VENV_BIN / "dbt", "parse", "--quiet", *target_path], cwd=PROJECT_DIR,
                   env=env, check=True)  # fmt: skip
    deliver(source, landing, dates[:-1])
    materialize = [str(VENV_BIN / "dagster"), "asset", "materialize", "-m",
                   "orchestration.definitions", "--select", "*",
                   "-c", "orchestration/run_config.yaml"]  # fmt: skip
    return measure(materialize, env, run_dir / "full.log", postmaster)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiers", default="S", help="comma-separated, of S, M")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--workdir", type=Path, default=PROJECT_DIR / "bench" / ".work")
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "docs" / "engine_benchmarks.json")
    args = parser.parse_args()
    engines = [e for e in ENGINES if e in args.engines.split(",")]
    results = json.loads(args.out.read_text()) if args.out.exists() else {"tiers": {}}
    server = postgres_server.start() if "postgres" in engines else None
    try:
        for tier in [t.strip().upper() for t in args.tiers.split(",")]:
            source = extracts(tier, args.workdir)
            runs = []
            for n in range(args.runs):
                run = {}
                for engine in engines:
                    print(f"tier {tier}, run {n + 1} of {args.runs}: {engine}", flush=True)
                    run[engine] = one_run(engine, source, args.workdir / tier / engine, server, n)
                    print(f"  {run[engine]}", flush=True)
                runs.append(run)
            results["tiers"][tier] = {
                "accounts": TIERS[tier], "commit": commit(), "runs": runs,
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }  # fmt: skip
    finally:
        if server is not None:
            server.stop()
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


def table(results: dict) -> str:
    lines = ["| tier | engine | full run, s (median) | ratio to DuckDB | peak RSS, MiB |",
             "|---|---|---|---|---|"]  # fmt: skip
    for tier, measured in results["tiers"].items():
        runs = measured["runs"]
        for engine in ENGINES:
            if not all(engine in run for run in runs):
                continue
            seconds = statistics.median(run[engine]["seconds"] for run in runs)
            rss = statistics.median(run[engine]["peak_rss_mib"] for run in runs)
            ratio = statistics.median(
                run[engine]["seconds"] / run["duckdb"]["seconds"] for run in runs
            ) if all("duckdb" in run for run in runs) else None  # fmt: skip
            shown = f"{ratio:.2f}" if ratio is not None else "–"
            lines.append(f"| {tier} | {engine} | {seconds:.0f} | {shown} | {rss:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
