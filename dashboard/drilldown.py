"""The customer drill-down and the customer search, answered per request by `make dashboard`'s
server (dashboard/server.py): one customer's view, never prebuilt for all."""

from __future__ import annotations

import duckdb

from dashboard.data import latest_month, one, records


def customer(con: duckdb.DuckDBPyConnection, customer_id: str) -> dict | None:
    """One customer's drill-down: who it is, its health month by month, its complaints and its
    contacts' answers."""
    profile = one(con, "select * from marts.dim_customers where customer_id = ?", [customer_id])
    if not profile:
        return None
    return {
        "profile": profile,
        "health": records(
            con,
            "select month, health_score, health_status, weakest_component, account_nps,"
            " loyalty_category, respondents, contacts, roles_heard, decision_maker_heard,"
            " loyalty_score, satisfaction_score,"
            " complaints_score, revenue_trend_score, coverage_score, complaints_90d,"
            " open_complaints, revenue_t12m, revenue_trend"
            " from marts.mart_customer_health where customer_id = ? order by month",
            [customer_id],
        ),
        "complaints": records(
            con,
            "select case_number, created_at, closed_at, status, priority, reason, days_to_close"
            " from marts.fct_complaints where customer_id = ? order by created_at desc, complaint_id",
            [customer_id],
        ),
        "responses": records(
            con,
            "select recorded_at, survey_id, contact_id, nps_score, nps_category, csat_score,"
            " ces_score, appreciation_score, comment, comment_sentiment_label, comment_themes,"
            " respondent_role"
            " from marts.fct_survey_responses where customer_id = ?"
            " order by recorded_at desc, response_id",
            [customer_id],
        ),
        "group": customer_group(con, profile),
    }


def customer_group(con: duckdb.DuckDBPyConnection, profile: dict) -> dict:
    """The customer's group (SPEC §3, account hierarchy) as it stands today: its parent and
    ultimate parent, the group's accounts with their latest health, and the group's figures at
    the latest month (mart_group_health keys groups by their ultimate parent then)."""
    head = profile["ultimate_parent_id"]
    month = latest_month(con)
    names = "select customer_id, name from marts.dim_customers where customer_id = ?"
    return {
        "parent": one(con, names, [profile["parent_customer_id"]]),
        "ultimate_parent": one(con, names, [head]),
        "accounts": records(
            con,
            "select c.customer_id, c.name, c.parent_customer_id, c.hierarchy_depth, c.segment,"
            " h.health_score, h.health_status, h.loyalty_category, h.revenue_t12m"
            " from marts.dim_customers as c"
            " left join marts.mart_customer_health as h"
            " on c.customer_id = h.customer_id and h.month = ?"
            " where c.ultimate_parent_id = ?"
            " order by c.hierarchy_depth nulls last, c.name, c.customer_id",
            [month, head],
        ),
        "figures": one(
            con,
            "select * from marts.mart_group_health where ultimate_parent_id = ? and month = ?",
            [head, month],
        ),
    }


def search_customers(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20) -> list[dict]:
    """Customers whose name or Id contains `text` (case-insensitive), current ones first."""
    return records(
        con,
        "select customer_id, name, segment, account_manager_name from marts.dim_customers"
        " where contains(lower(name), lower(?)) or contains(lower(customer_id), lower(?))"
        " order by is_deleted, name, customer_id limit ?",
        [text, text, limit],
    )
