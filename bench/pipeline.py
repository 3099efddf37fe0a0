"""`make bench`: the warehouse at tier S and M against the physical floor of reading the extracts.

For each tier (S: 10k accounts, M: 250k, L: 2M; demo generator, default arguments) the
extracts are generated once into `--workdir/<tier>/extracts` and reused while the generator
arguments stay the same. The last day's drops are held back for measurement 3. Each run:

1. floor: one DuckDB process reads every extract file of the tier once into memory (all
   columns as text), no orchestration;
2. full: `dagster asset materialize --select '*'` from an empty warehouse (load, dbt build,
   validation, publish), the drops up to the day before the last;
3. day: the last day's drops delivered, the same command again (incremental);
4. idle: the same command once more, no new drop: it should find nothing to do and say so;
5. dbt alone: `dbt build --full-refresh` on the warehouse of 2, to show what Dagster adds.

The command is `make run`'s: `python -m orchestration.build`, which starts the Dagster run of the
whole graph unless nothing changed (orchestration/build.py). The dbt manifest is prepared before
the runs, in the run's environment, as `make run` prepares it (`make manifest`), so that dbt
parses only what changed, as in a user's runs.

`--phases` runs a subset (tier L: `--phases floor,full`, the day and dbt phases would add about
an hour each here). Results of tiers not measured in this call are kept from the previous
`benchmarks.json` in `--out`, so one tier can be re-measured alone.

Time is wall time; memory is the peak of the summed RSS of the whole process tree, sampled
every 0.2 s. Medians and ranges over `--runs`; ratios are per run, then their median. Writes
`docs/benchmarks.json` and `docs/benchmarks.md`.

    make bench                       # tiers S and M, 3 runs each
    uv run python bench/pipeline.py --tiers S --runs 1
    uv run python bench/pipeline.py --tiers L --runs 1 --phases floor,full
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from importlib.metadata import version
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from orchestration.extracts import KINDS  # noqa: E402

VENV_BIN = Path(sys.executable).parent
TIERS = {"S": 10_000, "M": 250_000, "L": 2_000_000}
PHASES = ("floor", "full", "day", "idle", "dbt")
SEED = 7


def tree_rss_mib(session: int) -> float:
    """Summed RSS of every process in the session `session` (the measured command's tree)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == session:  # field 6 of stat: the session id
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # field 24: rss pages
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def measure(cmd: list[str], env: dict[str, str], log: Path, also: int | None = None) -> dict:
    """Run `cmd` in a session of its own; its wall time and the peak RSS of its process tree
    (plus that of session `also`, a server's, say)."""
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


def breakdown(log: Path, build_db: Path) -> dict:
    """Where a Dagster run's time went: dbt's own total (from its log line) and the GX checks'
    seconds on raw tables and on marts (from quality.quality_results, the run's rows)."""
    import duckdb

    text = log.read_text()
    dbt = re.findall(r"Finished running .* in .* \(([0-9.]+)s\)", text)
    nodes = re.findall(
        r"(?:OK created \S+ \S+ model|PASS|WARN) (\S+) \.* \S+ in ([0-9.]+)s\]", text
    )
    with duckdb.connect(str(build_db), read_only=True) as con:
        checks = dict(
            con.execute(
                "select split_part(table_name, '.', 1), round(sum(seconds), 1) "
                "from quality.quality_results where run_id = (select run_id from "
                "quality.quality_results order by checked_at desc limit 1) group by 1"
            ).fetchall()
        )
    return {
        "dbt_seconds": float(dbt[-1]) if dbt else None,
        "raw_checks_seconds": checks.get("raw"),
        "mart_checks_seconds": checks.get("marts"),
        "slowest_nodes": [
            {"node": node, "seconds": float(seconds)}
            for node, seconds in sorted(nodes, key=lambda n: -float(n[1]))[:8]
        ],
    }


def extracts(tier: str, workdir: Path) -> Path:
    """The tier's generated extracts, generated now unless they are there for these arguments."""
    out = workdir / tier / "extracts"
    report = out / "_generator.json"
    wanted = {"accounts": TIERS[tier], "seed": SEED}
    if report.exists():
        parameters = json.loads(report.read_text())["parameters"]
        if all(parameters.get(k) == v for k, v in wanted.items()):
            return out
    print(f"tier {tier}: generating {TIERS[tier]:,} accounts into {out} (once)", flush=True)
    subprocess.run(
        [sys.executable, "-m", "demodata", "--out", str(out), "--accounts", str(TIERS[tier]),
         "--seed", str(SEED)],
        cwd=PROJECT_DIR, check=True,
    )  # fmt: skip
    return out


def deliver(source: Path, landing: Path, dates: list[str]) -> None:
    """Hard-link the drops of `dates` into the landing dir (no copy, no symbolic link)."""
    for system_dir in (p for p in source.iterdir() if p.is_dir()):
        for date in dates:
            for file in (system_dir / date).iterdir():
                target = landing / system_dir.name / date / file.name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(file, target)


FLOOR = """
import sys, duckdb
con = duckdb.connect()
for path, delim, skip in [{files}]:
    con.execute(
        "create or replace temp table t as select * from read_csv(?, delim = ?, skip = ?, "
        "header = false, all_varchar = true, strict_mode = false)", [path, delim, skip])
"""


def floor_command(source: Path) -> list[str]:
    files = [
        (str(path), kind.delimiter, kind.header_rows)
        for kind in KINDS
        for path in sorted(source.glob(f"{kind.system}/*/{kind.file_glob}"))
    ]
    return [sys.executable, "-c", FLOOR.format(files=", ".join(map(repr, files)))]


# The headless run of the whole graph, as `make run` calls it.
MATERIALIZE = [sys.executable, "-m", "orchestration.build"]


def prepare_run(source: Path, run_dir: Path) -> tuple[Path, Path, list[str], dict[str, str]]:
    """An empty run folder: its landing dir and warehouse dir, the tier's drop dates, and the
    environment of a run there (a Dagster home of its own, today the last drop's date)."""
    if run_dir.exists():
        shutil.rmtree(run_dir)
    landing, warehouse, home = run_dir / "landing", run_dir / "warehouse", run_dir / "dagster_home"
    home.mkdir(parents=True)
    shutil.copy(PROJECT_DIR / "dagster_home" / "dagster.yaml", home)
    dates = sorted(p.name for p in (source / "billing").iterdir() if p.is_dir())
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "LOYALTY_LANDING_DIR": str(landing),
        "LOYALTY_WAREHOUSE_DIR": str(warehouse),
        "DAGSTER_HOME": str(home),
        "LOYALTY_TODAY": dates[-1],
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    return landing, warehouse, dates, env


def one_run(tier: str, source: Path, run_dir: Path, phases: tuple[str, ...]) -> dict:
    landing, warehouse, dates, env = prepare_run(source, run_dir)
    result = {}
    if "floor" in phases:
        result["floor"] = measure(floor_command(source), env, run_dir / "floor.log")
        print(f"  floor {result['floor']}", flush=True)
    if "full" not in phases:
        return result
    deliver(source, landing, dates[:-1])
    # As `make manifest` does before every `make run` (not timed: it is set-up, not the run).
    subprocess.run([str(VENV_BIN / "dbt"), "parse", "--quiet", "--target", "duckdb"],
                   cwd=PROJECT_DIR, env=env, check=True)  # fmt: skip
    result["full"] = measure(MATERIALIZE, env, run_dir / "full.log")
    result["full"] |= breakdown(run_dir / "full.log", warehouse / "warehouse.duckdb")
    print(f"  full  {result['full']}", flush=True)
    result["bi_duckdb_mib"] = round((warehouse / "bi.duckdb").stat().st_size / 2**20, 1)
    result["warehouse_duckdb_mib"] = round(
        (warehouse / "warehouse.duckdb").stat().st_size / 2**20, 1
    )
    if "floor" in phases:
        result["full_over_floor"] = round(result["full"]["seconds"] / result["floor"]["seconds"], 2)
    if "day" in phases:
        deliver(source, landing, dates[-1:])
        result["day"] = measure(MATERIALIZE, env, run_dir / "day.log")
        result["day"] |= breakdown(run_dir / "day.log", warehouse / "warehouse.duckdb")
        result["day_over_full"] = round(result["day"]["seconds"] / result["full"]["seconds"], 3)
        print(f"  day   {result['day']}", flush=True)
    if "idle" in phases:
        result["idle"] = measure(MATERIALIZE, env, run_dir / "idle.log")
        if "Nothing to do" not in (run_dir / "idle.log").read_text():
            raise SystemExit(f"the run without a new drop did something; see {run_dir}/idle.log")
        print(f"  idle  {result['idle']}", flush=True)
    if "dbt" in phases:
        dbt = [str(VENV_BIN / "dbt"), "build", "--full-refresh",
               "--target-path", str(run_dir / "target")]  # fmt: skip
        result["dbt_alone"] = measure(dbt, env, run_dir / "dbt.log")
        print(f"  dbt   {result['dbt_alone']}", flush=True)
        models = json.loads((run_dir / "target" / "run_results.json").read_text())["results"]
        result["slowest_nodes"] = sorted(
            ({"node": r["unique_id"].split(".", 2)[-1], "seconds": round(r["execution_time"], 1)}
             for r in models), key=lambda r: -r["seconds"],
        )[:8]  # fmt: skip
    return result


def summary(runs: list[dict], path: tuple[str, ...]) -> dict | None:
    """Median and range of the value at `path` over `runs`; None when a phase was not run."""
    values = []
    for run in runs:
        value = run
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            return None
        values.append(value)
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


# Issue 24's goals: (label, the measure's path in a run, the most it may be, decimals shown).
GOALS = {
    "S": [
        ("one more day, seconds", ("day", "seconds"), 15.0, 1),
        ("a run with no new drop, seconds", ("idle", "seconds"), 5.0, 1),
        ("full pipeline / floor", ("full_over_floor",), 25.0, 1),
    ],
    "M": [
        ("one more day / full pipeline", ("day_over_full",), 0.10, 3),
        ("full pipeline / floor", ("full_over_floor",), 10.0, 1),
        ("peak RSS of the full pipeline, MiB", ("full", "peak_rss_mib"), 4096.0, 0),
    ],
}


def markdown(results: dict) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/pipeline.py); do not edit by hand. Medians over each "
        "tier's runs, range in brackets; ratios are computed within each run. — means the phase "
        "was not run for that tier (`--phases`).",
        "",
        f"- Machine: {results['machine']}",
        f"- Versions: {', '.join(f'{k} {v}' for k, v in results['versions'].items())}",
        "- DuckDB memory_limit: "
        + ", ".join(f"{tier} {data['memory_limit']}" for tier, data in results["tiers"].items()),
        "",
        "| tier | accounts | measured | runs | floor (s) | full pipeline (s) | one more day (s) "
        "| dbt alone (s) | full / floor | day / full | peak RSS full (MiB) | bi.duckdb (MiB) "
        "| no new drop (s) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]

    def cell(runs: list[dict], path: tuple[str, ...], digits: int = 1) -> str:
        if (s := summary(runs, path)) is None:
            return "—"
        return f"{s['median']:.{digits}f} [{s['min']:.{digits}f}–{s['max']:.{digits}f}]"

    for tier, data in results["tiers"].items():
        runs = data["runs"]
        lines.append(
            f"| {tier} | {TIERS[tier]:,} | {data['when'][:10]}, `{data['commit']}` | {len(runs)} "
            f"| {cell(runs, ('floor', 'seconds'))} | {cell(runs, ('full', 'seconds'))} "
            f"| {cell(runs, ('day', 'seconds'))} | {cell(runs, ('dbt_alone', 'seconds'))} "
            f"| {cell(runs, ('full_over_floor',), 2)} | {cell(runs, ('day_over_full',), 3)} "
            f"| {cell(runs, ('full', 'peak_rss_mib'), 0)} | {cell(runs, ('bi_duckdb_mib',))} "
            f"| {cell(runs, ('idle', 'seconds'))} |"
        )
    lines += ["", "Against the goals (medians; each ratio taken within its run):", ""]
    for tier, data in results["tiers"].items():
        for label, path, goal, unit in GOALS.get(tier, ()):
            if (s := summary(data["runs"], path)) is not None:
                verdict = "met" if s["median"] <= goal else "missed"
                lines.append(
                    f"- {tier}, {label}: {s['median']:.{unit}f} (goal ≤ {goal:.{unit}f}): {verdict}"
                )
    lines += [
        "",
        "Where a Dagster run's time goes (medians, seconds): dbt's own total, and the GX checks on "
        "raw tables and on marts; the rest is loading, publishing and Dagster itself.",
        "",
        "| tier | run | total | dbt | raw checks | mart checks | rest |",
        "|---|---|---|---|---|---|---|",
    ]
    for tier, data in results["tiers"].items():
        for run in ("full", "day"):
            parts = {
                key: summary(data["runs"], (run, key))
                for key in ("seconds", "dbt_seconds", "raw_checks_seconds", "mart_checks_seconds")
            }
            if any(part is None for part in parts.values()):
                continue
            parts = {key: part["median"] for key, part in parts.items()}
            rest = parts["seconds"] - sum(v for k, v in parts.items() if k != "seconds")
            lines.append(
                f"| {tier} | {run} | {parts['seconds']:.1f} | {parts['dbt_seconds']:.1f} "
                f"| {parts['raw_checks_seconds']:.1f} | {parts['mart_checks_seconds']:.1f} "
                f"| {rest:.1f} |"
            )
    for tier, data in results["tiers"].items():
        last = data["runs"][-1]
        nodes = {
            "dbt alone": last.get("slowest_nodes"),
            "the day's run": last.get("day", {}).get("slowest_nodes"),
        }
        if not nodes["dbt alone"]:  # no dbt phase: the full run's nodes instead
            nodes = {"the full run": last.get("full", {}).get("slowest_nodes")} | nodes
        for title, slowest in nodes.items():
            if slowest:
                lines += ["", f"Slowest dbt nodes at tier {tier}, {title} (last run):", ""]
                lines += [f"- `{n['node']}`: {n['seconds']} s" for n in slowest]
    lines += [
        "",
        "Reproduce: `make bench` (or `uv run python bench/pipeline.py --tiers S --runs 1`; tier L: "
        "`--tiers L --runs 1 --phases floor,full`).",
        "",
    ]
    return "\n".join(lines)


def commit() -> str:
    """The checked-out commit, with `+` when the working tree has edits."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=PROJECT_DIR, capture_output=True,
                              text=True).stdout.strip()  # fmt: skip

    return (git("rev-parse", "--short", "HEAD") or "unknown") + (
        "+" if git("status", "--porcelain") else ""
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiers", default="S,M", help="comma-separated, of S, M, L")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--phases", default=",".join(PHASES), help=f"comma-separated, of {', '.join(PHASES)}"
    )
    parser.add_argument("--workdir", type=Path, default=PROJECT_DIR / "bench" / ".work")
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "docs")
    args = parser.parse_args()
    tiers = [t.strip().upper() for t in args.tiers.split(",") if t.strip()]
    if unknown := [t for t in tiers if t not in TIERS]:
        raise SystemExit(f"unknown tier(s) {unknown}; choose from {', '.join(TIERS)}")
    asked = {p.strip() for p in args.phases.split(",") if p.strip()}
    phases = tuple(p for p in PHASES if p in asked)
    if unknown := asked - set(PHASES):
        raise SystemExit(f"unknown phase(s) {sorted(unknown)}; choose from {', '.join(PHASES)}")
    if {"day", "idle", "dbt"} & set(phases) and "full" not in phases:
        raise SystemExit("the day, idle and dbt phases run on the full phase's warehouse: add full")
    previous = args.out / "benchmarks.json"
    results = {
        "machine": f"{platform.platform()}, {os.cpu_count()} CPUs, "
        f"{os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GiB RAM",
        "versions": {
            p: version(p)
            for p in ("duckdb", "dbt-core", "dbt-duckdb", "dagster", "great-expectations")
        },  # fmt: skip
        "tiers": json.loads(previous.read_text()).get("tiers", {}) if previous.exists() else {},
    }
    for tier in tiers:
        source = extracts(tier, args.workdir)
        runs, when = [], dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for n in range(args.runs):
            print(f"tier {tier}, run {n + 1} of {args.runs}", flush=True)
            runs.append(one_run(tier, source, args.workdir / tier / "run", phases))
        results["tiers"][tier] = {
            "accounts": TIERS[tier], "when": when, "commit": commit(), "phases": list(phases),
            "memory_limit": os.environ.get("LOYALTY_MEMORY_LIMIT") or "2GB (default)",
            "runs": runs,
        }  # fmt: skip
    results["tiers"] = {t: results["tiers"][t] for t in TIERS if t in results["tiers"]}
    args.out.mkdir(parents=True, exist_ok=True)
    previous.write_text(json.dumps(results, indent=2) + "\n")
    (args.out / "benchmarks.md").write_text(markdown(results))
    print(f"wrote {args.out / 'benchmarks.md'} and benchmarks.json")


if __name__ == "__main__":
    main()
