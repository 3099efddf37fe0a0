"""Act now: each account manager's waiting detractors and the close-the-loop rates (the page is
prebuilt; one owner's waiting list is served per request by dashboard/server.py)."""

from __future__ import annotations

import duckdb

from dashboard.data import latest_month, one, plain, publication, records


def act_page(con: duckdb.DuckDBPyConnection) -> dict:
    """Act now: each account manager's detractors still waiting for a follow-up, oldest first,
    and the close-the-loop and recovery rates by month, per department and account manager.

    Owners are keyed as mart_close_the_loop keys them (department and account manager as of the
    answer, `Unknown` without one, `All` for totals), so the list and the rates agree."""
    month = latest_month(con)
    return {
        "month": plain(month),
        "publication": publication(con),
        # Task.csv is optional (SPEC §2.1): without it the close-the-loop marts are empty.
        "exports_tasks": con.execute(
            "select count(*) > 0 from marts.mart_data_quality where raw_table = 'crm_tasks'"
        ).fetchone()[0],
        "detractor_answers": con.execute(
            "select count(*) from marts.fct_survey_responses"
            " where nps_score <= 6 and contact_id is not null"
        ).fetchone()[0],
        "as_of": one(
            con,
            "select max(status_as_of) as status_as_of,"
            " max(date_diff('hour', recorded_at, due_at)) as follow_up_hours"
            " from marts.fct_follow_ups",
        ),
        # The selector: the company, each department's total, each account manager; the owners
        # with most overdue follow-ups first within their department.
        "owners": records(
            con,
            "select department, account_manager_id, any_value(account_manager_name) as name,"
            " sum(triggers) as triggers, sum(overdue) as overdue, sum(open) as open"
            " from marts.mart_close_the_loop group by department, account_manager_id"
            " order by department = 'All' desc, department = 'Unknown', department,"
            " account_manager_id = 'All' desc, overdue desc, name, account_manager_id",
        ),
        "loop_trend": records(
            con,
            "select month, department, account_manager_id, triggers, on_time, late, overdue, open,"
            " close_the_loop_rate, median_hours_to_follow_up, answered_again, recovered,"
            " recovery_rate from marts.mart_close_the_loop"
            " order by department, account_manager_id, month",
        ),
    }


def waiting_follow_ups(
    con: duckdb.DuckDBPyConnection, department: str, account_manager_id: str
) -> list[dict]:
    """The follow-ups overdue or open of one key of mart_close_the_loop (`All` for a total),
    oldest first, with the answer's comment and the customer's latest health. Served per owner
    (`/api/follow-ups`), not embedded in the page: a large company has tens of thousands."""
    return records(
        con,
        "select f.response_id, f.recorded_at, f.due_at, f.follow_up_status, f.nps_score,"
        " date_diff('day', f.due_at, f.status_as_of) as days_overdue,"
        " coalesce(f.department, 'Unknown') as department,"
        " coalesce(f.account_manager_id, 'Unknown') as account_manager_id,"
        " f.customer_id, c.name as customer_name, f.contact_id, r.comment,"
        " r.comment_themes, h.health_status, h.health_score"
        " from marts.fct_follow_ups as f"
        " left join marts.fct_survey_responses as r on f.response_id = r.response_id"
        " left join marts.dim_customers as c on f.customer_id = c.customer_id"
        " left join marts.mart_customer_health as h"
        " on f.customer_id = h.customer_id and h.month = ?"
        " where f.follow_up_status in ('overdue', 'open')"
        " and (? = 'All' or coalesce(f.department, 'Unknown') = ?)"
        " and (? = 'All' or coalesce(f.account_manager_id, 'Unknown') = ?)"
        " order by f.recorded_at, f.response_id",
        [latest_month(con), department, department, account_manager_id, account_manager_id],
    )
