"""Print where the published marts are and a few headline figures read from them (`make run`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import duckdb

from orchestration.config import settings
from orchestration.engines import connect_engine, target
from orchestration.quality_report import render

LATEST = "(select max(month) from marts.{mart})"

HEADLINES = {
    "Latest NPS (all customers)": f"""
        select strftime(month, '%Y-%m') || ': ' || round(nps, 1) || '  (' || responses
               || ' responses, 95 % CI ' || round(nps_ci_low, 1) || ' … ' || round(nps_ci_high, 1)
               || '); 3 months ' || round(nps_3m, 1) || '; account-weighted '
               || round(account_nps, 1)
        from marts.mart_nps_monthly
        where segment = 'All' and month = {LATEST.format(mart="mart_nps_monthly")}""",
    "T12M net revenue": """
        with last as (select max(invoice_month) as m from marts.fct_invoices)
        select any_value(reporting_currency) || ' ' || format('{:,.2f}', sum(net_amount_reporting))
               || '  (' || strftime(min(invoice_month), '%Y-%m') || ' … '
               || strftime(max(invoice_month), '%Y-%m') || ')'
        from marts.fct_invoices, last
        where invoice_month > last.m - interval 12 month""",
    "Revenue-weighted NPS · revenue at risk": f"""
        select strftime(month, '%Y-%m') || ': ' || revenue_weighted_nps || ' · '
               || reporting_currency || ' ' || format('{{:,.2f}}', revenue_at_risk)
               || ' (' || round(100 * revenue_at_risk_share, 1) || ' % of revenue)'
        from marts.fin_loyalty_summary
        where month = {LATEST.format(mart="fin_loyalty_summary")}""",
    "Top 20 % of customers · passive uplift": f"""
        select round(100 * top20_revenue_share, 1) || ' % of revenue (NPS ' || nps_top20
               || ' vs ' || nps_rest || ' for the rest) · ' || reporting_currency || ' '
               || format('{{:,.2f}}', passive_uplift_estimate) || ' a year if '
               || round(100 * passive_uplift_share) || ' % of passives grew like promoters'
        from marts.fin_loyalty_summary
        where month = {LATEST.format(mart="fin_loyalty_summary")}""",
    "Customers red / yellow / green": f"""
        select strftime(any_value(month), '%Y-%m') || ': '
               || count(*) filter (where health_status = 'red') || ' / '
               || count(*) filter (where health_status = 'yellow') || ' / '
               || count(*) filter (where health_status = 'green')
               || '  (' || count(*) filter (where status_change = 'worsened')
               || ' worsened since the month before)'
        from marts.mart_customer_health
        where month = {LATEST.format(mart="mart_customer_health")}""",
    "Logo retention / NRR by loyalty a year ago": f"""
        select strftime(any_value(month), '%Y-%m') || ': ' || string_agg(
                   loyalty_category || ' ' || round(100 * logo_retention, 1) || ' % / '
                   || round(100 * nrr, 1) || ' %', ' · '
                   order by list_position(['promoter', 'passive', 'detractor'], loyalty_category)
               )
        from marts.mart_retention
        where segment = 'All' and loyalty_category in ('promoter', 'passive', 'detractor')
          and month = {LATEST.format(mart="mart_retention")}""",
    "Complaint rate (complaints / active)": f"""
        select strftime(month, '%Y-%m') || ': ' || complaint_rate || ' %  (' || complaints
               || ' / ' || active_customers || ')'
        from marts.mart_complaint_rate
        where segment = 'All' and month = {LATEST.format(mart="mart_complaint_rate")}""",
    "Response rate per survey": f"""
        select strftime(any_value(month), '%Y-%m') || ': ' || string_agg(
                   survey_id || ' ' || round(100 * response_rate, 1) || ' %', ' · '
                   order by survey_id)
        from marts.mart_response_rate
        where month = {LATEST.format(mart="mart_response_rate")}""",
    "Biggest grievance in the comments": f"""
        select strftime(month, '%Y-%m') || ': ' || theme || '  (NPS gap ' || nps_gap || ', '
               || mentions || ' mentions)'
        from marts.mart_comment_themes
        where gap_is_significant and month = {LATEST.format(mart="mart_comment_themes")}
        order by impact_rank
        limit 1""",
    "Rows read / loaded / quarantined": """
        select sum(rows_read) || ' / ' || sum(rows_loaded) || ' / ' || sum(rows_quarantined)
        from marts.mart_data_quality""",
}


def main() -> int:
    conf = settings()
    checks = _checks(conf.build_db)
    if target() != "duckdb":
        return _report_engine(checks)
    if not conf.bi_db.exists():
        print(f"No published database at {conf.bi_db}: the run did not pass its blocking checks.")
    else:
        with duckdb.connect(str(conf.bi_db), read_only=True) as con:
            tables = [t for (t,) in con.execute("show tables from marts").fetchall()]
            print(f"\nPublished marts: {conf.bi_db}  (schema marts: {len(tables)} tables)")
            for label, sql in HEADLINES.items():
                print(f"  {label:<42} {con.execute(sql).fetchone()[0]}")
        if (conf.dashboard_dir / "index.html").exists():
            print(
                f"\nDashboards: {conf.dashboard_dir}  (`make dashboard` serves them on 127.0.0.1)"
            )
    if checks is not None:
        print(f"\nQuality report: {conf.quality_report}")
        print(f"  {'Checks of the latest run':<42} {checks}")
    return 0 if conf.bi_db.exists() else 1


def _report_engine(checks: str | None) -> int:
    """The same headlines from another engine's published marts, copied into DuckDB."""
    engine = connect_engine()
    tables = sorted(set(re.findall(r"marts\.(\w+)", " ".join(HEADLINES.values()))))
    try:
        with duckdb.connect() as con:
            try:
                where = engine.attach_published(con, tables)
            except Exception as error:  # nothing published yet, or the server is away
                print(f"No published marts on {engine.name}: {error}")
                return 1
            print(f"\nPublished marts: {where}")
            for label, sql in HEADLINES.items():
                print(f"  {label:<42} {con.execute(sql).fetchone()[0]}")
    finally:
        engine.close()
    if checks is not None:
        print(f"\nQuality report: {settings().quality_report}")
        print(f"  {'Checks of the latest run':<42} {checks}")
    return 0


def _checks(build_db: Path) -> str | None:
    """The latest run's checks in one line, or None before any check has run."""
    if not build_db.exists():
        return None
    with duckdb.connect(str(build_db), read_only=True) as con:
        _, summary = render(con)
    if summary.run_id is None:
        return None
    line = f"{summary.passed} of {summary.checks} passed"
    if summary.warnings:
        line += f" · warnings: {', '.join(summary.warnings)}"
    if summary.failures:
        line += f" · BLOCKING FAILURES (not published): {', '.join(summary.failures)}"
    return line


if __name__ == "__main__":
    sys.exit(main())
