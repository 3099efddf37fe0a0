"""`make backtest WEIGHTS='{loyalty: 0.5, coverage: 0}'`: would other health-score weights have
told the customers who churned from those who stayed better than today's?

Rebuilds `mart_health_backtest` in the build database with dbt var `backtest_weights` (the
candidate weights; a component not named keeps its weight), then prints the run's weights and
the candidate's side by side on the same customers and months (analyses/
health_backtest_comparison.sql). The published marts are not touched: the next run rebuilds
the mart with the current weights only. Adopt a candidate by editing
seeds/health_score_parameters.csv (or per run: var `health_weights`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from orchestration.config import DBT_PROJECT_DIR
from orchestration.engines import engine_from_env

COMPARISON = DBT_PROJECT_DIR / "analyses" / "health_backtest_comparison.sql"


def dbt(*args: str, target: str, target_path: str) -> subprocess.CompletedProcess:
    """A dbt command on the engine's target; raises with dbt's own output when it fails."""
    done = subprocess.run(
        ["dbt", *args, "--target", target, "--target-path", target_path],
        cwd=DBT_PROJECT_DIR,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"dbt {args[0]} failed:\n{done.stdout}{done.stderr}")
    return done


def shown(measure: str, value: float | None) -> str:
    """A value of the comparison as a reader wants it: weights and AUCs with their decimals,
    counts whole, shares in %."""
    if value is None:
        return "–"
    if measure.endswith("a year later"):
        return f"{100 * value:.1f} %"
    if "customer-months" in measure or measure.startswith("months"):
        return f"{value:,.0f}"
    return f"{value:.3f}" if "AUC" in measure else f"{value:.2f}"


def comparison_table(rows: list[dict]) -> str:
    """The comparison's rows as aligned text: measure, current, candidate (when there is one)."""
    candidate = any(row["candidate_weights"] is not None for row in rows)
    header = ["", "current", "candidate"] if candidate else ["", "current"]
    lines = [header]
    for row in rows:
        line = [row["measure"], shown(row["measure"], row["current_weights"])]
        if candidate:
            line.append(shown(row["measure"], row["candidate_weights"]))
        lines.append(line)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--weights",
        default="{}",
        help="candidate weights as YAML, e.g. '{loyalty: 0.5, coverage: 0}' "
        "(components: loyalty, satisfaction, complaints, revenue_trend, coverage)",
    )
    args = parser.parse_args(argv)
    engine = engine_from_env()
    where = {"target": engine.dbt_target, "target_path": str(engine.dbt_target_path)}
    variables = f"{{backtest_weights: {args.weights or '{}'}}}"
    # Its data tests, not its unit tests: those test the code, with their own vars.
    dbt(
        "build", "--quiet", "--select", "mart_health_backtest", "--exclude", "test_type:unit",
        "--vars", variables, **where,
    )  # fmt: skip
    shown_rows = dbt(
        "show", "--quiet", "--output", "json", "--limit", "100", "--vars", variables,
        "--inline", COMPARISON.read_text(encoding="utf-8"), **where,
    )  # fmt: skip
    rows = json.loads(shown_rows.stdout)["show"]
    print(f"Health-score backtest on {engine.name} (mart_health_backtest in the build database)")
    if not rows:
        print("No month has a complete following year yet: nothing to backtest.")
        return 0
    print(comparison_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
