"""The quality report: one self-contained HTML page of what the latest run's checks found.

Rendered from `quality.quality_results` (the `QualityHistory` resource, orchestration/state.py,
whose contract says when), so it shows every check the run has evaluated so far (what failed,
and a suite's figures such as the share of anonymous survey answers), with the history of
earlier runs below. No scripts, no fonts or styles from the network: it
opens offline, from disk or from any static file server.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.config import settings
from orchestration.state import QualityHistory

# How many earlier runs the history table lists.
HISTORY_RUNS = 20

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1f2328;
       padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.meta { color: #59636e; }
.summary { display: flex; gap: 1rem; margin: 1rem 0; }
.summary div { border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.summary b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #d1d9e0;
         vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.passed { background: #dafbe1; } .warned { background: #fff8c5; } .failed { background: #ffebe9; }
code { background: #eff2f5; padding: 0 .25rem; border-radius: 4px; font-size: .9em;
       overflow-wrap: anywhere; }
tr.detail td { padding: 0 .5rem .6rem 2rem; font-size: .9em; }
ul { margin: .2rem 0; padding-left: 1.2rem; } details summary { cursor: pointer; }
"""


@dataclass(frozen=True)
class Summary:
    """What the checks of one run found: counts, and the names of the checks that did not pass."""

    run_id: str | None
    checks: int
    passed: int
    warnings: tuple[str, ...]
    failures: tuple[str, ...]

    @property
    def warned(self) -> int:
        return len(self.warnings)

    @property
    def failed(self) -> int:
        return len(self.failures)


def write_report(build_db: Path, out: Path) -> Summary:
    """Render the latest run's checks from `build_db` to `out`, replacing it atomically."""
    with duckdb.connect(str(build_db), read_only=True) as con:
        page, summary = render(con)
    # One name for the temp file: checks run one at a time, and a run killed mid-write leaves
    # at most this file, which the next write replaces.
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return summary


def render(con: duckdb.DuckDBPyConnection) -> tuple[str, Summary]:
    """The report page and its summary; a database without check history gives an empty page."""
    has_history = con.execute(
        "select count(*) from duckdb_tables() "
        "where schema_name = 'quality' and table_name = 'quality_results'"
    ).fetchone()[0]
    latest: list[tuple] = []
    history: list[tuple] = []
    if has_history:
        # A history no check has written to since `figures` was added lacks the column
        # (`make report` reads the build database as it is; the next check adds it).
        has_figures = con.execute(
            "select count(*) from duckdb_columns() where schema_name = 'quality' "
            "and table_name = 'quality_results' and column_name = 'figures'"
        ).fetchone()[0]
        latest = con.execute(
            f"""
            with latest_run as (
                select run_id from quality.quality_results order by checked_at desc limit 1
            )
            select check_name, asset_key, table_name, blocking, success, expectations_evaluated,
                expectations_failed, row_count, seconds, failures, checked_at, run_id,
                {"figures" if has_figures else "null"}
            from quality.quality_results
            where run_id = (select run_id from latest_run)
            -- Failures first (blocking before warnings), then by name.
            order by success, not blocking, check_name
            """
        ).fetchall()
        history = con.execute(
            f"""
            select run_id, min(checked_at), count(*),
                count(*) filter (where success),
                count(*) filter (where not success and not blocking),
                count(*) filter (where not success and blocking),
                sum(seconds)
            from quality.quality_results
            group by run_id
            order by min(checked_at) desc
            limit {HISTORY_RUNS}
            """
        ).fetchall()
    summary = Summary(
        run_id=latest[0][11] if latest else None,
        checks=len(latest),
        passed=sum(1 for row in latest if row[4]),
        warnings=tuple(row[0] for row in latest if not row[4] and not row[3]),
        failures=tuple(row[0] for row in latest if not row[4] and row[3]),
    )
    return _page(summary, latest, history), summary


def _page(summary: Summary, latest: list[tuple], history: list[tuple]) -> str:
    e = html.escape
    if summary.run_id is None:
        body = "<p>No check has run yet: materialize the assets (<code>make run</code>).</p>"
    else:
        checked_at = max(row[10] for row in latest)
        verdict = (
            "Publishing is refused: a blocking check failed."
            if summary.failed
            else "Every blocking check passed."
        )
        body = f"""
<p class="meta">Run <code>{e(summary.run_id)}</code>, last check at {checked_at:%Y-%m-%d %H:%M:%S}
UTC. {verdict}</p>
<div class="summary">
  <div class="passed"><b>{summary.passed}</b>passed</div>
  <div class="warned"><b>{summary.warned}</b>warnings</div>
  <div class="failed"><b>{summary.failed}</b>blocking failures</div>
</div>
<h2>Checks of this run</h2>
<table>
<tr><th>Status</th><th>Check</th><th>Asset</th><th>Rows</th><th>Expectations passed</th>
<th>Seconds</th></tr>
{"".join(_check_row(row) for row in latest)}
</table>
<h2>Earlier runs</h2>
<table>
<tr><th>Run</th><th>Started</th><th>Checks</th><th>Passed</th><th>Warnings</th>
<th>Blocking failures</th><th>Seconds</th></tr>
{"".join(_history_row(row) for row in history)}
</table>"""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data quality: {summary.passed} of {summary.checks} checks passed</title>
<style>{STYLE}</style>
</head>
<body>
<h1>Data quality of the loyalty warehouse</h1>
{body}
</body>
</html>
"""


def _check_row(row: tuple) -> str:
    name, asset, table, blocking, success, evaluated, failed, rows, seconds, failures = row[:10]
    status, label = (
        ("passed", "passed")
        if success
        else ("failed", "failed (blocking)")
        if blocking
        else ("warned", "warning")
    )
    figures = row[12]
    rows_shown = "" if rows is None else f"{rows:,}"
    row = (
        f'<tr class="{status}"><td>{label}</td><td><code>{html.escape(name)}</code></td>'
        f"<td>{html.escape(asset)}<br><small>{html.escape(table)}</small></td>"
        f'<td class="num">{rows_shown}</td><td class="num">{evaluated - failed} of {evaluated}</td>'
        f'<td class="num">{seconds:.2f}</td></tr>\n'
    )
    # What failed, and the suite's figures, get the table's full width on a row below the check.
    detail = [] if success else [_markdown(failures)]
    if figures:
        detail.append(html.escape(describe_figures(json.loads(figures))))
    if not detail:
        return row
    return row + f'<tr class="{status} detail"><td colspan="6">{"<br>".join(detail)}</td></tr>\n'


def describe_figures(figures: Mapping[str, object]) -> str:
    """A suite's figures in words: `anonymous_share: 0.031` reads "anonymous share 3.1%"."""
    parts = []
    for name, value in figures.items():
        if value is None:
            shown = "none"
        elif name.endswith("_share"):
            shown = f"{float(value):.1%}"
        elif isinstance(value, int):
            shown = f"{value:,}"
        else:
            shown = str(value)
        parts.append(f"{name.replace('_', ' ')} {shown}")
    return "Figures: " + "; ".join(parts) + "."


def _history_row(row: tuple) -> str:
    run_id, started, checks, passed, warned, failed, seconds = row
    status = "failed" if failed else "warned" if warned else "passed"
    return (
        f'<tr class="{status}"><td><code>{html.escape(run_id[:8])}</code></td>'
        f"<td>{started:%Y-%m-%d %H:%M}</td><td class='num'>{checks}</td>"
        f"<td class='num'>{passed}</td><td class='num'>{warned}</td>"
        f"<td class='num'>{failed}</td><td class='num'>{seconds:.1f}</td></tr>\n"
    )


def _markdown(text: str) -> str:
    """The failure text of `quality_results` (a line and a bullet list) as escaped HTML."""
    lines = [line for line in text.splitlines() if line.strip()]
    intro = [_inline(line) for line in lines if not line.startswith("- ")]
    items = [f"<li>{_inline(line[2:])}</li>" for line in lines if line.startswith("- ")]
    listed = f"<ul>{''.join(items)}</ul>" if items else ""
    return "<br>".join(intro) + listed


def _inline(text: str) -> str:
    escaped = html.escape(text)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    # A failure ends with its expectation's note in italics: "…rows unexpected. _note_".
    return re.sub(r"\. _(.+)_$", r". <i>\1</i>", escaped)


def build_quality_report_asset(checked: list[dg.AssetKey]) -> dg.AssetsDefinition:
    """The `quality/quality_report` asset, downstream of every asset that has checks.

    Every check is blocking in Dagster's sense (orchestration/validation/checks.py), so this runs after
    all of them; when a blocking check fails it is skipped, and the page the checks kept current
    says why."""

    @dg.asset(
        key=dg.AssetKey(["quality", "quality_report"]),
        deps=checked,
        group_name="quality",
        kinds={"html"},
        description=(
            "One HTML page of every check of the latest run (passed, warnings, blocking "
            "failures, with the failing values) and the history of earlier runs; "
            "`$LOYALTY_WAREHOUSE_DIR/quality_report.html`."
        ),
    )
    def quality_report(quality_history: QualityHistory) -> dg.MaterializeResult:
        conf = settings()
        summary = quality_history.render(conf.build_db)
        return dg.MaterializeResult(
            metadata={
                "path": dg.MetadataValue.path(str(conf.quality_report)),
                "checks": summary.checks,
                "passed": summary.passed,
                "warnings": summary.warned,
                "blocking_failures": summary.failed,
            }
        )

    return quality_report
