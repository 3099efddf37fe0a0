"""What data validation costs at scale: GX's SQL engine against its pandas engine.

1. Copies the demo build twice into --workdir: `demo/warehouse.duckdb` as is, and
   `warehouse.duckdb` with every raw table replicated --scale times (K=125: 250k accounts,
   ~2.9M survey responses, ~14M billing documents, "tier M"). Each copy gets its own keys, so
   uniqueness and joins hold as in the demo: Salesforce Ids get the copy number in characters
   8-10 (zeros in every demo Id, so digits replace digits and the 18-character checksum stays
   valid), other keys a 3-digit prefix, e-mails a 3-digit suffix before the `@`, lineage row
   numbers become `n * K + copy`, and the load ledger counts K times the rows. Account managers
   (`crm_users`) and FX rates (one per month and currency) are not replicated.
2. Runs `dbt build` on both copies: wall time and peak RSS.
3. Validates every suite of `orchestration.validation.load_suites()` on both, per engine and
   run, each in a process of its own so that peak RSS is the engine's own. A run that dies
   (timeout, RSS limit) is not repeated; its log says which suite it was in.
4. Prints Markdown tables; `<workdir>/results.json` keeps every measurement.

    cd /work/main && UV_PYTHON_DOWNLOADS=never DBT_SEND_ANONYMOUS_USAGE_STATS=false \\
        uv run python bench/validation_cost.py --scale 125 --workdir /tmp/tierm
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

import duckdb  # noqa: E402

# How each key column of a replicated raw table is rewritten; `tag` is the copy number, 000-999.
SF_ID = "substr({c}, 1, 7) || tag || substr({c}, 11)"
KEY = "tag || {c}"
EMAIL = "regexp_replace({c}, '@', tag || '@')"
SCALED = {
    "crm_accounts": {"Id": SF_ID, "ParentId": SF_ID},
    "crm_contacts": {"Id": SF_ID, "AccountId": SF_ID, "Email": EMAIL},
    "crm_cases": {"Id": SF_ID, "AccountId": SF_ID, "ContactId": SF_ID, "CaseNumber": KEY},
    "crm_tasks": {"Id": SF_ID, "WhoId": SF_ID, "WhatId": SF_ID},
    "billing_invoices": {"InvoiceNo": KEY, "AccountId": SF_ID},
    "survey_responses": {"ResponseId": KEY, "ExternalReference": SF_ID, "RecipientEmail": EMAIL},
    "survey_distributions": {
        "DistributionId": KEY,
        "ContactExternalReference": SF_ID,
        "ResponseId": KEY,
        "Email": EMAIL,
    },
}
COUNTED = ("raw.billing_invoices", "raw.survey_responses", "marts.dim_customers",
           "marts.fct_invoices", "marts.mart_customer_health")  # fmt: skip


def scale(db: Path, k: int) -> None:
    """Replicate the raw tables of `db` k times (see the module docstring); drop every model."""
    if not 1 <= k <= 1000:
        raise SystemExit("--scale must be 1..1000 (the copy number takes 3 digits)")
    scaled = "raw_table in (" + ", ".join(f"'{t}'" for t in SCALED) + ")"
    with duckdb.connect(str(db)) as con:
        models = "select schema_name from duckdb_schemas() where database_name = current_database()"
        for (schema,) in con.execute(
            f"{models} and not internal and schema_name <> 'raw'"
        ).fetchall():
            con.execute(f'drop schema "{schema}" cascade')
        for table, columns in SCALED.items():
            for column in (c for c, rewrite in columns.items() if rewrite == SF_ID):
                sql = f"select count(*) from raw.{table} where substr(\"{column}\", 8, 3) <> '000'"
                if con.execute(sql).fetchone()[0]:
                    raise SystemExit(f"raw.{table}.{column}: an Id without 000 in chars 8-10")
            rewrites = [rewrite.format(c=f'"{c}"') + f' as "{c}"' for c, rewrite in columns.items()]
            con.execute(
                f"create or replace table raw.{table} as "
                f"select t.* exclude (tag, copy) replace ({', '.join(rewrites)}, "
                f"  _row_number * {k} + copy as _row_number) "
                f"from (select *, lpad(copy::varchar, 3, '0') as tag "
                f"      from raw.{table} cross join range({k}) as copies(copy)) as t"
            )
        con.execute(
            f"update raw._load_ledger set rows_read = rows_read * {k}, "
            f"rows_loaded = rows_loaded * {k}, rows_quarantined = rows_quarantined * {k} "
            f"where {scaled}"
        )
        con.execute(
            "create or replace table raw._quarantine as "
            f"select q.* replace (row_number * {k} + copy as row_number) "
            f"from raw._quarantine as q cross join range({k}) as copies(copy) where {scaled} "
            f"union all select * from raw._quarantine where not {scaled}"
        )
        con.execute("checkpoint")


def run(cmd: list[str], log: Path, args: argparse.Namespace, timeout: float, env=None) -> dict:
    """Run `cmd` in its own process group; stop it past `timeout` s or --max-rss-gib.

    The RSS limit keeps the machine usable for everyone else (the kernel's OOM killer picks
    its victim itself). Peak RSS is wait4's ru_maxrss: the tree's largest process, in MiB."""
    started, stopped = time.perf_counter(), None
    with log.open("w") as out:
        process = subprocess.Popen(cmd, cwd=PROJECT_DIR, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
        while not (waited := os.wait4(process.pid, os.WNOHANG))[0]:
            if time.perf_counter() - started > timeout:
                stopped = f"stopped after {timeout:.0f} s"
            elif _rss_gib(process.pid) > args.max_rss_gib:
                stopped = f"stopped above {args.max_rss_gib:g} GiB RSS"
            if stopped:
                os.killpg(process.pid, signal.SIGKILL)
                waited = os.wait4(process.pid, 0)
                break
            time.sleep(0.5)
    code = os.waitstatus_to_exitcode(waited[1])
    return {"outcome": stopped or ("ok" if code == 0 else f"exit {code}"),
            "seconds": time.perf_counter() - started, "peak_rss_mib": waited[2].ru_maxrss / 1024}  # fmt: skip


def _rss_gib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()  # a zombie has no VmRSS line
    return int(status.split("VmRSS:")[1].split()[0]) / 2**20 if "VmRSS:" in status else 0.0


def build(db: Path, args: argparse.Namespace) -> dict:
    """`dbt build` into `db` (the profile reads $LOYALTY_WAREHOUSE_DIR), and COUNTED's rows."""
    env = {**os.environ, "LOYALTY_WAREHOUSE_DIR": str(db.parent)}
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    cmd = [shutil.which("dbt") or "dbt", "build", "--target-path", str(db.parent / "target"),
           "--log-path", str(db.parent / "logs")]  # fmt: skip
    result = run(cmd, db.parent / "dbt.log", args, args.build_timeout, env)
    with duckdb.connect(str(db), read_only=True) as con:
        result["rows"] = {
            t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED
        }
    return result


def worker(engine: str, db: str) -> None:
    """In a process of its own: validate every suite with `engine`, one JSON line per suite."""
    from orchestration.validation import load_suites, validate

    started = time.perf_counter()
    for spec in load_suites():
        print(f"START {spec.name}", flush=True)
        outcome = validate(spec, db, engine)
        failure = outcome.error or "; ".join(str(f) for f in outcome.failures)
        print("SUITE " + json.dumps({"suite": spec.name, "seconds": outcome.seconds,
              "rows": outcome.row_count, "failure": failure[:300] or None}), flush=True)  # fmt: skip
    print(f"DONE {time.perf_counter() - started}")


def validate_all(db: Path, engine: str, attempt: int, args: argparse.Namespace) -> dict:
    """One worker run. `seconds`: the worker's loop over the suites (GX's import and set-up
    included, Python's start not) when it finished, else the process's wall time."""
    log = db.parent / f"validate-{engine}-{attempt}.log"
    cmd = [sys.executable, __file__, "--worker", engine, str(db)]
    result = run(cmd, log, args, args.validation_timeout)
    lines = log.read_text().splitlines()
    result["suites"] = [json.loads(line[6:]) for line in lines if line.startswith("SUITE ")]
    started = [line[6:] for line in lines if line.startswith("START ")]
    done = [line.split() for line in lines if line.startswith("DONE ")]
    if result["outcome"] == "ok" and done:
        result["seconds"] = float(done[0][1])
    elif len(started) > len(result["suites"]):
        result["outcome"] += f" in suite {started[-1]}"
    return result


VALIDATION_COLUMNS = ["validation s: median (range)", "peak RSS MiB",
                      "share of build + validation", "failing suites"]  # fmt: skip


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def report(results: dict) -> str:
    builds, validations, slowest = [], [], []
    for label, r in results.items():
        b = r["build"]
        counts = [f"{b['rows'][t]:,}" for t in COUNTED]
        builds.append(
            [label, f"{b['seconds']:.0f} ({b['outcome']})", f"{b['peak_rss_mib']:,.0f}", *counts]
        )
        for engine, runs in r["validation"].items():
            peak = f"{max(v['peak_rss_mib'] for v in runs):,.0f}"
            done = [v for v in runs if v["outcome"] == "ok"]
            if not done:
                v = runs[0]
                died = f"{v['outcome']} after {v['seconds']:.0f} s ({len(v['suites'])} suites done)"
                validations.append([label, engine, died, peak, "", ""])
                continue
            s = [v["seconds"] for v in done]
            median = statistics.median(s)
            share = f"{median / (median + b['seconds']):.1%}"
            failing = ", ".join(
                sorted({x["suite"] for v in done for x in v["suites"] if x["failure"]})
            )
            spread = f"{median:.1f} ({min(s):.1f}-{max(s):.1f}, {len(s)} runs)"
            validations.append([label, engine, spread, peak, share, failing or "none"])
            times: dict[str, list[float]] = {}
            for x in (x for v in done for x in v["suites"]):
                times.setdefault(x["suite"], []).append(x["seconds"])
            median_of = {n: statistics.median(t) for n, t in times.items()}
            rows = {x["suite"]: x["rows"] or 0 for x in done[0]["suites"]}
            top = sorted(median_of, key=median_of.get, reverse=True)[:5]
            suites = "; ".join(f"{n} {median_of[n]:.1f} s ({rows[n]:,} rows)" for n in top)
            slowest.append([label, engine, suites])
    return "\n\n".join(
        [
            table(["scale", "dbt build s", "peak RSS MiB", *COUNTED], builds),
            table(["scale", "engine", *VALIDATION_COLUMNS], validations),
            table(["scale", "engine", "5 slowest suites: median s (rows)"], slowest),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=125, help="copies of every raw table (125)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/tierm"))
    parser.add_argument("--engines", default="sql,pandas", help="comma-separated (sql,pandas)")
    parser.add_argument("--runs", type=int, default=2, help="validation runs per engine (2)")
    parser.add_argument(
        "--source", type=Path, default=PROJECT_DIR / "data/warehouse/warehouse.duckdb"
    )
    parser.add_argument("--skip-build", action="store_true", help="reuse the builds in --workdir")
    parser.add_argument("--build-timeout", type=float, default=2400, help="seconds (2400)")
    parser.add_argument("--validation-timeout", type=float, default=1800, help="seconds (1800)")
    parser.add_argument("--max-rss-gib", type=float, default=18, help="per process (18)")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(*args.worker)

    dbs = {
        "demo": args.workdir / "demo/warehouse.duckdb",
        f"x{args.scale}": args.workdir / "warehouse.duckdb",
    }
    results_file = args.workdir / "results.json"
    results = json.loads(results_file.read_text()) if args.skip_build else {}
    for label, db in dbs.items():
        if not args.skip_build:
            db.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.source, db)
            if label != "demo":
                scale(db, args.scale)
            results[label] = {"build": build(db, args)}
            print(f"{label}: dbt build {results[label]['build']}", flush=True)
            results_file.write_text(json.dumps(results, indent=1))
        results[label]["validation"] = {engine: [] for engine in args.engines.split(",")}
        for attempt in range(1, args.runs + 1):
            for engine, runs in results[label]["validation"].items():
                if runs and runs[-1]["outcome"] != "ok":
                    continue  # not again what already ran out of time or memory
                runs.append(validate_all(db, engine, attempt, args))
                print(f"{label}: {engine} run {attempt}: {runs[-1]['outcome']}", flush=True)
                results_file.write_text(json.dumps(results, indent=1))
    print(report(results))


if __name__ == "__main__":
    main()
