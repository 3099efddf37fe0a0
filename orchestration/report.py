"""Print where the published marts are and a few headline figures read from them (`make run`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import duckdb

from orchestration.config import settings
from orchestration.engines import engine_from_env
from orchestration.quality_report import render
from orchestration.sql import sql_string

# The latest reported month (of int_months): every monthly mart ends with it, and
# fin_loyalty_summary has one row for each. Never max() over a fact: one invoice dated 2062 by a
# typo would make that the month of every headline.
REPORTED = "(select max(month) from marts.fin_loyalty_summary)"


def latest_with(mart: str, condition: str) -> str:
    """The latest month up to the reported one in which `mart` has a row meeting `condition`.

    Survey figures use it: a survey sent twice a year leaves most months without answers, and
    such a month's line shows the latest month that has them, labelled."""
    return f"(select max(month) from marts.{mart} where month <= {REPORTED} and {condition})"


def since(month: str, what: str) -> str:
    """A note when `month` is not the reported month: the figure is older, and says so."""
    return (
        f"case when {month} < {REPORTED} then '  [latest month with {what}; none in '"
        f" || strftime({month} + interval 1 month, '%Y-%m')"
        f" || case when {month} + interval 1 month < {REPORTED}"
        f" then ' … ' || strftime({REPORTED}, '%Y-%m') else '' end || ']' else '' end"
    )


def shown(expression: str, digits: int = 1) -> str:
    """A nullable figure rounded, or '–' (a NULL would blank the whole line)."""
    return f"coalesce(cast(round({expression}, {digits}) as varchar), '–')"


NPS_MONTH = latest_with("mart_nps_monthly", "segment = 'All' and responses > 0")
LOOP_MONTH = latest_with(
    "mart_close_the_loop", "department = 'All' and on_time + late + overdue > 0"
)
NO_TASKS = "no Task.csv in the crm drops: close the loop reads the CRM's activity log (SPEC §2.1)"


def unless_no_tasks(sql: str, note: str = NO_TASKS) -> str:
    """`sql`'s value, or `note` when the CRM exports no tasks (then nothing is measured)."""
    return f"""
        with exports as (
            select count(*) > 0 as tasks from marts.mart_data_quality
            where raw_table = 'crm_tasks' and ignored_reason is null
        )
        select case when not exports.tasks then {sql_string(note)} else ({sql}) end
        from exports"""


def recovery(condition: str) -> str:
    """The recovery rate in % of the T12M follow-ups meeting `condition` (SPEC §3)."""
    return shown(f"100 * avg(recovered::int) filter (where in_t12m and {condition})")


THEMES_MONTH = latest_with("mart_comment_themes", "mentions > 0")
ROLE_MONTH = latest_with("mart_nps_by_role", "respondent_role = 'All'")

# The share of the company's T12M revenue that its largest group (2+ accounts) carries, in %.
LARGEST_GROUP_SHARE = shown(
    "100 * max(revenue_t12m) filter (where accounts > 1) / nullif(sum(revenue_t12m), 0)"
)

DRIVERS_MONTH = latest_with("mart_nps_drivers", "outcome = 'nps' and segment = 'All'")

# Each headline: its SQL (one value, NULL when there is nothing to say) and what to print then.
HEADLINES = {
    "Latest NPS (all customers)": (
        f"""
        select strftime(month, '%Y-%m') || ': ' || round(nps, 1) || '  (' || responses
               || ' responses, 95 % CI ' || round(nps_ci_low, 1) || ' … ' || round(nps_ci_high, 1)
               || '); 3 months ' || {shown("nps_3m")} || '; account-weighted '
               || {shown("account_nps")} || {since("month", "answers")}
        from marts.mart_nps_monthly
        where segment = 'All' and month = {NPS_MONTH}""",
        "no answers yet",
    ),
    "T12M net revenue": (
        f"""
        with window_ as (
            select month as last, month - interval 11 month as first, reporting_currency
            from marts.fin_loyalty_summary where month = {REPORTED}
        )
        select any_value(window_.reporting_currency) || ' '
               || format('{{:,.2f}}', coalesce(sum(net_amount_reporting) filter (
                      where invoice_month between window_.first and window_.last), 0))
               || coalesce('; ' || nullif(count(*) filter (where invoice_month > window_.last), 0)
                      || ' document(s) dated after the latest month left out', '')
               || '  (' || strftime(any_value(window_.first), '%Y-%m') || ' … '
               || strftime(any_value(window_.last), '%Y-%m') || ')'
        from window_ left join marts.fct_invoices on true""",
        "no reported month yet",
    ),
    "Revenue-weighted NPS · revenue at risk": (
        f"""
        select strftime(month, '%Y-%m') || ': '
               || coalesce(cast(revenue_weighted_nps as varchar),
                           '– (no customer with revenue answered in T12M)')
               || ' · ' || reporting_currency || ' ' || format('{{:,.2f}}', revenue_at_risk)
               || ' (' || {shown("100 * revenue_at_risk_share")} || ' % of revenue)'
        from marts.fin_loyalty_summary
        where month = {REPORTED}""",
        "no reported month yet",
    ),
    "Top 20 % of customers · passive uplift": (
        f"""
        select {shown("100 * top20_revenue_share")} || ' % of revenue (NPS '
               || {shown("nps_top20", 2)} || ' vs ' || {shown("nps_rest", 2)}
               || ' for the rest) · '
               || coalesce(reporting_currency || ' ' || format('{{:,.2f}}', passive_uplift_estimate)
                           || ' a year if ' || round(100 * passive_uplift_share)
                           || ' % of passives grew like promoters',
                           'no passive uplift estimate (no promoters and passives a year ago)')
        from marts.fin_loyalty_summary
        where month = {REPORTED}""",
        "no reported month yet",
    ),
    "Customers red / yellow / green": (
        f"""
        select strftime({REPORTED}, '%Y-%m') || ': '
               || count(*) filter (where health_status = 'red') || ' / '
               || count(*) filter (where health_status = 'yellow') || ' / '
               || count(*) filter (where health_status = 'green')
               || '  (' || count(*) filter (where status_change = 'worsened')
               || ' worsened since the month before)'
        from marts.mart_customer_health
        where month = {REPORTED}""",
        "no reported month yet",
    ),
    "Logo retention / NRR by loyalty a year ago": (
        f"""
        select strftime({REPORTED}, '%Y-%m') || ': ' || coalesce(string_agg(
                   loyalty_category || ' ' || {shown("100 * logo_retention")} || ' % / '
                   || {shown("100 * nrr")} || ' %', ' · '
                   order by list_position(['promoter', 'passive', 'detractor'], loyalty_category)
               ), 'no promoter, passive or detractor a year before')
        from marts.mart_retention
        where segment = 'All' and loyalty_category in ('promoter', 'passive', 'detractor')
          and month = {REPORTED}""",
        "no reported month yet",
    ),
    # The latest scored month whose year after is reported: did the score foresee churn?
    "Health score backtest (a year later)": (
        f"""
        with backtest as (
            select * from marts.mart_health_backtest
            where weight_set = 'current' and outcome_month <= {REPORTED}
        ),
        latest as (select max(month) as month from backtest)
        select strftime(latest.month, '%Y-%m') || ' → ' || strftime(any_value(outcome_month), '%Y-%m')
               || ': churn AUC ' || {shown("any_value(churn_auc) filter (where grouped_by = 'all')", 2)}
               || '; still active: ' || coalesce(string_agg(
                      band || ' ' || {shown("100 * logo_retention")} || ' %', ' · '
                      order by band_order) filter (where grouped_by = 'status'), '–')
               || '  (AUC ' || (select {shown("min(churn_auc)", 2)} || ' … '
                   || {shown("max(churn_auc)", 2)} || ' over ' || count(distinct month)
                   || ' months; make backtest compares weights)' from backtest)
        from backtest, latest
        where backtest.month = latest.month
        group by latest.month
        """,
        "no month with a complete following year yet",
    ),
    "Complaint rate (complaints / active)": (
        f"""
        select strftime(month, '%Y-%m') || ': ' || {shown("complaint_rate", 2)} || ' %  ('
               || complaints || ' / ' || active_customers || ')'
        from marts.mart_complaint_rate
        where segment = 'All' and month = {REPORTED}""",
        "no active customer in the latest month",
    ),
    # Each survey at its own latest month with invitations: surveys are sent in their own waves.
    "Response rate per survey": (
        f"""
        select string_agg(
                   survey_id || ' ' || {shown("100 * response_rate")} || ' % ('
                   || strftime(month, '%Y-%m') || ')', ' · ' order by survey_id)
        from marts.mart_response_rate as rates
        where month = (
            select max(month) from marts.mart_response_rate as latest
            where latest.survey_id = rates.survey_id and month <= {REPORTED} and invited > 0
        )""",
        "no invitations yet",
    ),
    "Biggest grievance in the comments": (
        f"""
        select strftime({THEMES_MONTH}, '%Y-%m') || ': ' || coalesce(
                   (select theme || '  (NPS gap ' || nps_gap || ', ' || mentions || ' mentions)'
                    from marts.mart_comment_themes
                    where gap_is_significant and month = {THEMES_MONTH}
                    order by impact_rank limit 1),
                   'no theme with a significant NPS gap')
               || {since(THEMES_MONTH, "comments")}""",
        "no comments yet",
    ),
    "Revenue coverage (heard / active, T12M)": (
        f"""
        select strftime(month, '%Y-%m') || ': ' || {shown("100 * revenue_coverage")} || ' % of '
               || active_customers || ' active customers' || chr(39) || ' revenue heard (target '
               || {shown("100 * coverage_target", 0)} || ' %: '
               || case when meets_target then 'met' else 'not met' end || ')'
        from marts.mart_revenue_coverage
        where segment = 'All' and month = {REPORTED}""",
        "no active customer in the latest month",
    ),
    # Pooled over twelve months: a month of decision makers alone is a handful of answers.
    "NPS T12M: decision makers · users": (
        f"""
        select strftime({ROLE_MONTH}, '%Y-%m') || ': ' || string_agg(
                   respondent_role || ' ' || {shown("nps_t12m")} || ' (' || responses_t12m
                   || ' answers)', ' · ' order by respondent_role)
               || {since(ROLE_MONTH, "answers")}
        from marts.mart_nps_by_role
        where month = {ROLE_MONTH} and respondent_role in ('decision maker', 'user')
        having count(*) > 0""",
        "no answer of a decision maker or user yet",
    ),
    "What moves NPS (share of R², T12M)": (
        f"""
        select strftime({DRIVERS_MONTH}, '%Y-%m') || ': ' || string_agg(
                   driver || ' ' || {shown("100 * share_of_r_squared", 0)} || ' %', ', '
                   order by importance_rank)
               || '  (' || max(sample_size) || ' answers; Johnson relative weights)'
        from marts.mart_nps_drivers
        where outcome = 'nps' and segment = 'All' and month = {DRIVERS_MONTH}
            and is_significant and importance_rank <= 3
        having count(*) > 0""",
        "not enough answers with every rating yet",
    ),
    "What predicted retention (share of R²)": (
        f"""
        select strftime(month, '%Y-%m') || ': ' || string_agg(
                   driver || ' ' || {shown("100 * share_of_r_squared", 0)} || ' %', ', '
                   order by importance_rank)
               || '  (' || max(sample_size) || ' customers heard a year before)'
        from marts.mart_nps_drivers
        where outcome = 'logo_retention' and segment = 'All' and is_significant
            and month = {latest_with("mart_nps_drivers", "outcome = 'logo_retention' and segment = 'All'")}
        group by month""",
        "no driver better than noise, or too few customers with a year of history",
    ),
    # The latest month whose detractors are due: the current month's are mostly still open.
    "Close the loop (on time / due)": (
        unless_no_tasks(f"""
            select strftime(month, '%Y-%m') || ': ' || {shown("100 * close_the_loop_rate")}
                   || ' %  (' || on_time || ' of ' || (on_time + late + overdue)
                   || ' due; median ' || {shown("median_hours_to_follow_up")} || ' h to follow up)'
                   || {since("month", "detractors due")}
            from marts.mart_close_the_loop
            where department = 'All' and month = {LOOP_MONTH}"""),
        "no detractor of a known contact yet",
    ),
    "Overdue follow-ups · recovery (T12M)": (
        unless_no_tasks(
            f"""
            select count(*) filter (where follow_up_status = 'overdue') || ' overdue now'
                   || coalesce(' (oldest due ' || strftime(min(due_at) filter (
                          where follow_up_status = 'overdue'), '%Y-%m-%d') || ')', '')
                   || ' · ' || {recovery("true")} || ' % of ' || count(recovered) filter (
                          where in_t12m) || ' who answered again recovered: '
                   || {recovery("follow_up_status = 'on time'")} || ' % after an on-time '
                   || 'follow-up, ' || {recovery("follow_up_status = 'overdue'")} || ' % after none'
            from (
                select *, recorded_at >= {REPORTED} - interval 11 month
                          and recorded_at < {REPORTED} + interval 1 month as in_t12m
                from marts.fct_follow_ups
            ) as follow_ups
            having count(*) > 0""",
            note="–",
        ),
        "no detractor of a known contact yet",
    ),
    # Groups of accounts (SPEC §3 account hierarchy) as of the reported month; a ParentId cycle
    # is named here too (its accounts, from dim_customers' current hierarchy).
    "Account groups (2+ accounts)": (
        f"""
        select count(*) filter (where accounts > 1) || ' groups, up to '
               || coalesce(max(hierarchy_levels) filter (where accounts > 1), 1) || ' levels and '
               || max(accounts) || ' accounts; largest by revenue: '
               || coalesce(arg_max(group_name, revenue_t12m) filter (where accounts > 1), '–')
               || ' (' || {LARGEST_GROUP_SHARE}
               || ' % of revenue); at risk in groups '
               || (select reporting_currency from marts.fin_loyalty_summary where month = {REPORTED})
               || ' ' || format('{{:,.2f}}', coalesce(
                      sum(revenue_at_risk) filter (where accounts > 1), 0))
               || coalesce('; ParentId cycle: ' || (
                      select string_agg(customer_id, ', ' order by customer_id)
                      from marts.dim_customers where hierarchy_issue = 'cycle'), '')
        from marts.mart_group_health
        where month = {REPORTED}
        having count(*) > 0""",
        "no customer yet",
    ),
    "Rows read / loaded / quarantined": (
        """
        select sum(rows_read) || ' / ' || sum(rows_loaded) || ' / ' || sum(rows_quarantined)
               || coalesce('; ' || nullif(count(*) filter (where status = 'ignored'), 0)
                           || ' file(s) not loaded: no extract of that name (mart_data_quality)',
                           '')
        from marts.mart_data_quality""",
        "no file loaded",
    ),
}


def print_headlines(con: duckdb.DuckDBPyConnection) -> None:
    for label, (sql, otherwise) in HEADLINES.items():
        row = con.execute(sql).fetchone()
        print(f"  {label:<42} {otherwise if row is None or row[0] is None else row[0]}")


def main() -> int:
    """The headlines from the published marts, wherever the engine published them (copied or
    attached into a DuckDB connection: the queries are DuckDB SQL)."""
    conf = settings()
    checks = _checks(conf.build_db)
    engine = engine_from_env()
    tables = sorted(
        set(re.findall(r"marts\.(\w+)", " ".join(sql for sql, _ in HEADLINES.values())))
    )
    published = True
    try:
        with duckdb.connect() as con:
            try:
                where = engine.attach_published(con, tables)
            except Exception as error:  # nothing published yet, or the server is away
                print(f"No published marts on {engine.name}: {error}")
                published = False
            else:
                print(f"\nPublished marts: {where}")
                print_headlines(con)
    finally:
        engine.close()
    if published and (conf.dashboard_dir / "index.html").exists():
        print(f"\nDashboards: {conf.dashboard_dir}  (`make dashboard` serves them on 127.0.0.1)")
    outbox = conf.alerts_dir / "outbox.jsonl"
    if published and outbox.exists():
        with outbox.open(encoding="utf-8") as lines:
            alerts = sum(1 for line in lines if line.strip())
        print(f"\nAlerts for account managers: {outbox}  ({alerts} so far)")
    if checks is not None:
        print(f"\nQuality report: {conf.quality_report}")
        print(f"  {'Checks of the latest run':<42} {checks}")
    return 0 if published else 1


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
