"""What the dashboards show, read from the published marts (`bi.duckdb`, schema `marts`).

Each function takes a read-only connection and returns plain, JSON-ready dicts and lists: the
pages embed them and draw from them, and the browser test compares the figures on the page
with the same marts. No metric is computed here: each is a mart's column, at the latest reported
month unless the view is a trend. What is derived here is only counting customers by health
status and the Pareto curve's running shares of revenue. The drill-down's and Act now's views
are in drilldown.py and act.py, over the helpers here.

A figure from the answers of a survey (NPS, comment themes) is shown at the latest month that
has answers, with that month: a relationship survey sent twice a year leaves most months empty,
and the latest month is then no news, not a blank.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import duckdb

# How many customers a table lists at most; the page says how many there are in all.
TABLE_ROWS = 25
# The account managers the health chart shows at most, the largest share of red customers first.
MANAGER_ROWS = 40
# The Pareto curve is drawn through at most this many points, whatever the number of customers.
PARETO_POINTS = 200


def plain(value: Any) -> Any:
    """A DuckDB value as JSON has it: decimals as numbers, dates as ISO strings."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def records(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, map(plain, row), strict=True)) for row in cursor.fetchall()]


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> dict:
    """The first row of `sql`; without one, its columns with None, which the pages explain."""
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    row = cursor.fetchone()
    return dict(zip(names, map(plain, row or [None] * len(names)), strict=True))


def latest_month(con: duckdb.DuckDBPyConnection) -> dt.date:
    """The latest reported month (of int_months): every monthly mart ends with it, and
    `fin_loyalty_summary` has exactly one row for each, whatever happened in the month."""
    return con.execute("select max(month) from marts.fin_loyalty_summary").fetchone()[0]


def latest_month_with(
    con: duckdb.DuckDBPyConnection, mart: str, condition: str, month: dt.date
) -> dt.date | None:
    """The latest month up to `month` in which `mart` has a row meeting `condition`; None when
    no month has one. Never later than the reported month: a date typed years ahead is no month."""
    return con.execute(
        f"select max(month) from marts.{mart} where month <= ? and {condition}", [month]
    ).fetchone()[0]


def publication(con: duckdb.DuckDBPyConnection) -> dict:
    return one(con, "select published_at, run_id from marts._publication")


def status_page(con: duckdb.DuckDBPyConnection) -> dict:
    """The customer relation status: loyalty, health, retention, complaints and comments."""
    month = latest_month(con)
    at_month = [month]
    health_at_month = "from marts.mart_customer_health where month = ?"
    nps_month = latest_month_with(
        con, "mart_nps_monthly", "segment = 'All' and responses > 0", month
    )
    themes_month = latest_month_with(con, "mart_comment_themes", "mentions > 0", month)
    role_month = latest_month_with(con, "mart_nps_by_role", "respondent_role = 'All'", month)
    return {
        "month": plain(month),
        "publication": publication(con),
        "kpis": {
            "nps": one(
                con,
                "select month, nps, nps_ci_low, nps_ci_high, responses, nps_change,"
                " change_is_significant, previous_month"
                " from marts.mart_nps_monthly where segment = 'All' and month = ?",
                [nps_month],
            ),
            "health": one(
                con,
                "select count(*) as customers,"
                " count(*) filter (where health_status = 'red') as red,"
                " count(*) filter (where health_status = 'yellow') as yellow,"
                " count(*) filter (where health_status = 'green') as green,"
                " count(*) filter (where status_change = 'worsened') as worsened,"
                " count(*) filter (where status_change = 'improved') as improved "
                + health_at_month,
                at_month,
            ),
            "complaints": one(
                con,
                "select complaints, active_customers, complaint_rate, open_complaints"
                " from marts.mart_complaint_rate where segment = 'All' and month = ?",
                at_month,
            ),
        },
        "nps_trend": records(
            con,
            "select month, segment, responses, nps, nps_ci_low, nps_ci_high, nps_change,"
            " change_is_significant from marts.mart_nps_monthly where month <= ?"
            " order by segment, month",
            at_month,
        ),
        # Red / yellow / green at the latest month: the whole base, each segment, each
        # department and each account manager (who owns the customer as of the month).
        "health_by_segment": records(
            con,
            "select coalesce(segment, 'All') as segment,"
            " count(*) filter (where health_status = 'red') as red,"
            " count(*) filter (where health_status = 'yellow') as yellow,"
            " count(*) filter (where health_status = 'green') as green "
            + health_at_month
            + " group by grouping sets ((segment), ()) order by grouping(segment) desc, segment",
            at_month,
        ),
        "health_by_department": records(
            con,
            "select department, red_customers as red, yellow_customers as yellow,"
            " green_customers as green from marts.mart_health_by_owner"
            " where month = ? and account_manager_id = 'All'"
            " order by department = 'All' desc, department",
            at_month,
        ),
        "health_by_manager": records(
            con,
            "select department, account_manager_id, account_manager_name,"
            " red_customers as red, yellow_customers as yellow, green_customers as green"
            " from marts.mart_health_by_owner where month = ? and account_manager_id <> 'All'"
            " order by red_share desc, red_customers desc, account_manager_name"
            f" limit {MANAGER_ROWS}",
            at_month,
        ),
        "managers": con.execute(
            "select count(*) from marts.mart_health_by_owner"
            " where month = ? and account_manager_id <> 'All'",
            at_month,
        ).fetchone()[0],
        "status_changes": records(
            con,
            "select customer_id, customer_name, segment, account_manager_name,"
            " previous_health_status, health_status, health_score, health_score_change,"
            " weakest_component, revenue_t12m, status_change "
            + health_at_month
            + " and status_change in ('worsened', 'improved')"
            " order by status_change = 'worsened' desc, revenue_t12m desc, customer_id"
            f" limit {TABLE_ROWS}",
            at_month,
        ),
        "retention": records(
            con,
            "select loyalty_category, customers_base, customers_retained, logo_retention, grr,"
            " nrr, is_complete_window from marts.mart_retention"
            " where segment = 'All' and month = ?",
            at_month,
        ),
        "complaint_trend": records(
            con,
            "select month, segment, complaints, active_customers, complaint_rate"
            " from marts.mart_complaint_rate where month <= ? order by segment, month",
            at_month,
        ),
        # NPS by respondent role: the month's figure and the pooled T12M one (steadier).
        "nps_by_role_month": plain(role_month),
        "nps_by_role": records(
            con,
            "select respondent_role, responses, nps, nps_ci_low, nps_ci_high, responses_t12m,"
            " nps_t12m, nps_t12m_ci_low, nps_t12m_ci_high from marts.mart_nps_by_role"
            " where month = ? order by respondent_role = 'All' desc,"
            " respondent_role = 'unknown', respondent_role",
            [role_month],
        ),
        "drivers": drivers(con, month),
        "themes_month": plain(themes_month),
        "themes": records(
            con,
            "select theme, mentions, share_of_comments, avg_nps, nps_gap, gap_is_significant,"
            " impact_rank from marts.mart_comment_themes where month = ? and mentions > 0"
            " order by impact_rank",
            [themes_month],
        ),
        "backtest": health_backtest(con, month),
    }


def health_backtest(con: duckdb.DuckDBPyConnection, month: dt.date) -> dict:
    """Is the health score worth trusting? The latest month M of mart_health_backtest (whose
    M+12 is at most the reported month): retention a year later by status and decile, the churn
    AUC and the weights; and the AUC of every backtested month."""
    current = "from marts.mart_health_backtest where weight_set = 'current'"
    scored = con.execute(f"select max(month) {current} and outcome_month <= ?", [month]).fetchone()
    at = [scored[0]]
    return {
        "month": plain(scored[0]),
        "all": one(con, f"select * {current} and grouped_by = 'all' and month = ?", at),
        "bands": records(
            con,
            "select grouped_by, band, customers, customers_retained, logo_retention, grr, nrr,"
            f" min_health_score, max_health_score {current}"
            " and grouped_by <> 'all' and month = ? order by grouped_by desc, band_order",
            at,
        ),
        "auc_trend": records(
            con,
            f"select month, churn_auc, customers, customers_churned {current}"
            " and grouped_by = 'all' and outcome_month <= ? order by month",
            [month],
        ),
    }


def drivers(con: duckdb.DuckDBPyConnection, month: dt.date) -> dict:
    """What moves NPS (company-wide, the latest window fitted up to `month`) and what predicted
    logo retention; a window is fitted only with enough answers, so it may lag the month."""
    found = {}
    for outcome in ("nps", "logo_retention"):
        at = latest_month_with(
            con, "mart_nps_drivers", f"segment = 'All' and outcome = '{outcome}'", month
        )
        found[outcome] = {
            "month": plain(at),
            "rows": records(
                con,
                "select driver, sample_size, r_squared, relative_weight, relative_weight_ci_low,"
                " relative_weight_ci_high, share_of_r_squared, excess_ci_low, excess_ci_high,"
                " is_significant, direction, importance_rank from marts.mart_nps_drivers"
                " where segment = 'All' and outcome = ? and month = ? order by importance_rank",
                [outcome, at],
            )
            if at
            else [],
        }
    return found


def cfo_page(con: duckdb.DuckDBPyConnection) -> dict:
    """The CFO's page: revenue by loyalty, revenue at risk, concentration, uplift, reconciliation."""
    month = latest_month(con)
    at_month = [month]
    at_risk = "from marts.mart_customer_health where month = ? and is_at_risk"
    return {
        "month": plain(month),
        "publication": publication(con),
        "summary": one(con, "select * from marts.fin_loyalty_summary where month = ?", at_month),
        "revenue_by_loyalty": records(
            con,
            "select month, loyalty_category, customers, revenue_t12m, share_of_revenue"
            " from marts.fin_loyalty_revenue where month <= ? order by month, loyalty_category",
            at_month,
        ),
        "at_risk": records(
            con,
            "select customer_id, customer_name, segment, account_manager_name, loyalty_category,"
            " account_nps, health_status, weakest_component, revenue_t12m "
            + at_risk
            + f" order by revenue_t12m desc, customer_id limit {TABLE_ROWS}",
            at_month,
        ),
        "at_risk_customers": con.execute("select count(*) " + at_risk, at_month).fetchone()[0],
        "pareto": pareto(con, month),
        # Revenue coverage (SPEC §3) against its target: by month and segment, and the owners
        # below target this month (each department's total and each account manager).
        "coverage": records(
            con,
            "select month, segment, active_customers, customers_heard, revenue_t12m,"
            " revenue_heard_t12m, revenue_coverage, coverage_target, meets_target"
            " from marts.mart_revenue_coverage where month <= ? order by segment, month",
            at_month,
        ),
        "coverage_below_target": records(
            con,
            "select department, account_manager_id, account_manager_name, active_customers,"
            " revenue_active_t12m, revenue_heard_t12m, revenue_coverage"
            " from marts.mart_health_by_owner where month = ? and department <> 'All'"
            " and revenue_coverage < (select max(coverage_target) from marts.mart_revenue_coverage)"
            " order by account_manager_id <> 'All', revenue_coverage, department, account_manager_id"
            f" limit {TABLE_ROWS}",
            at_month,
        ),
        "reconciliation": records(
            con,
            "select invoice_month, currency, documents, source_net_amount, warehouse_net_amount,"
            " difference, unmatched_net_amount, missing_fx_rate"
            " from marts.fin_revenue_reconciliation order by invoice_month desc, currency",
        ),
    }


def pareto(con: duckdb.DuckDBPyConnection, month: dt.date) -> list[dict]:
    """The share of T12M revenue carried by the top x % of customers, at PARETO_POINTS points.

    Over the customers with positive T12M revenue at `month`, largest first; each point is the
    last customer of its step, so the curve passes through every step exactly."""
    return records(
        con,
        """
        with ranked as (
            select
                row_number() over (order by revenue_t12m desc, customer_id) as rank,
                count(*) over () as customers,
                sum(revenue_t12m) over (order by revenue_t12m desc, customer_id) as cumulative,
                sum(revenue_t12m) over () as total
            from marts.mart_customer_health
            where month = ? and revenue_t12m > 0
        )
        select
            1.0 * rank / customers as customer_share,
            cast(cumulative / total as double) as revenue_share
        from ranked
        where rank = customers or rank % greatest(1, customers // ?) = 0
        order by rank
        """,
        [month, PARETO_POINTS],
    )
