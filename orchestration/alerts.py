"""The `bi/alerts` asset: after each publication, tell each account manager what needs them now.

Two kinds of alert, read from the published marts (on every engine, through the engine's
`attach_published`):

- `overdue_follow_up`, key `response_id`: a detractor answer nobody followed up in time
  (`fct_follow_ups.follow_up_status = 'overdue'`), to the account manager as of the answer.
- `turned_red`, key `<customer_id>/<YYYY-MM>` (the first month of the current red streak): a
  customer red in the latest month of `mart_customer_health`, to its account manager today. A
  customer that recovers and turns red again starts a new streak, so it alerts again.

Only what is new since the last alert run: overdue follow-ups due at or after its
`status_as_of` (those due before were overdue then already), red streaks starting in or after its
latest month. Before any run, from the first day of the as-of month and the latest month, so
that installing the product does not mail years of history.

`$LOYALTY_WAREHOUSE_DIR/alerts/` holds the state one run leaves for the next, written here only:

`outbox.jsonl`
    One JSON object per alert, appended once its e-mail went out (at once when no SMTP host is
    set); never the same kind and key twice. Other tools may read it; only this asset writes it.
    Fields: kind, key, account_manager_id, account_manager_name, department, customer_id,
    customer_name, details (per kind: the SQL below), created_at (UTC), emailed_to.
`state.json`
    `status_as_of` and `latest_month` from which the next run looks for alerts: the marts' of
    the last run that completed (every e-mail sent). A run that fails leaves it where it was, so
    the next run finds the unsent alerts again, and the outbox keeps the sent ones from going
    out twice; a first run writes its own starting point before sending anything.
"""

import contextlib
import datetime as dt
import json
import os
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from itertools import groupby
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.config import Smtp, settings
from orchestration.engines import Engine

OVERDUE = "overdue_follow_up"
TURNED_RED = "turned_red"
TABLES = [
    "dim_account_managers",
    "dim_customers",
    "fct_follow_ups",
    "fct_survey_responses",
    "mart_customer_health",
]
ISO_TIME = "%Y-%m-%dT%H:%M:%SZ"

# Overdue means due before status_as_of: those due at or after the last run's were not
# overdue then, and are new now. Times are formatted here, so that every value is ready for JSON.
OVERDUE_SQL = f"""
select
    follow_ups.response_id as key,
    follow_ups.account_manager_id,
    managers.name as account_manager_name,
    follow_ups.department,
    follow_ups.customer_id,
    customers.name as customer_name,
    responses.nps_score,
    responses.comment,
    strftime(cast(follow_ups.recorded_at as timestamp), '{ISO_TIME}') as recorded_at,
    strftime(cast(follow_ups.due_at as timestamp), '{ISO_TIME}') as due_at
from marts.fct_follow_ups as follow_ups
left join marts.fct_survey_responses as responses
    on follow_ups.response_id = responses.response_id
left join marts.dim_customers as customers on follow_ups.customer_id = customers.customer_id
left join marts.dim_account_managers as managers
    on follow_ups.account_manager_id = managers.account_manager_id
where follow_ups.follow_up_status = 'overdue'
  and cast(follow_ups.due_at as timestamp) >= cast($since as timestamp)
order by follow_ups.due_at, follow_ups.response_id
"""

# A streak is a run of consecutive calendar months red: a month without a row (no relationship
# to report on) ends it, as a month yellow or green does. `$since` is the last run's latest month.
TURNED_RED_SQL = """
with health as (
    select customer_id, cast(month as date) as month, health_status, health_score,
           weakest_component
    from marts.mart_customer_health
),
latest as (select max(month) as month from health),
red as (
    select customer_id, month,
           date_diff('month', date '2000-01-01', month)
           - row_number() over (partition by customer_id order by month) as streak
    from health where health_status = 'red'
),
streaks as (
    select customer_id, min(month) as red_since, max(month) as last_red
    from red group by customer_id, streak
)
select
    streaks.customer_id || '/' || strftime(streaks.red_since, '%Y-%m') as key,
    customers.account_manager_id,
    customers.account_manager_name,
    customers.department,
    streaks.customer_id,
    customers.name as customer_name,
    strftime(latest.month, '%Y-%m') as month,
    strftime(streaks.red_since, '%Y-%m') as red_since,
    cast(health.health_score as double) as health_score,
    health.weakest_component
from streaks
inner join latest on streaks.last_red = latest.month
inner join health on streaks.customer_id = health.customer_id and health.month = latest.month
left join marts.dim_customers as customers on streaks.customer_id = customers.customer_id
where streaks.red_since >= cast($since as date)
order by streaks.red_since, streaks.customer_id
"""
COMMON = ("key", "account_manager_id", "account_manager_name", "department", "customer_id",
          "customer_name")  # fmt: skip


def find_alerts(con: duckdb.DuckDBPyConnection, last: dict) -> tuple[list[dict], dict, dict]:
    """The alerts since the last run's state `last` ({} before any run); with where they
    start from and the state this run ends at (both as `last` is)."""
    con.execute("set TimeZone = 'UTC'")  # a TIMESTAMPTZ (Spark's Parquet) casts in UTC
    status_as_of, as_of_month, latest_month = con.execute(f"""
        with follow_ups as (
            select max(cast(status_as_of as timestamp)) as status_as_of
            from marts.fct_follow_ups
        )
        select strftime(status_as_of, '{ISO_TIME}'),
               strftime(date_trunc('month', status_as_of), '{ISO_TIME}'),
               (select strftime(max(cast(month as date)), '%Y-%m')
                from marts.mart_customer_health)
        from follow_ups
    """).fetchone()
    start = {
        "status_as_of": last.get("status_as_of") or as_of_month,
        "latest_month": last.get("latest_month") or latest_month,
    }
    since_time, since_month = start["status_as_of"], start["latest_month"]
    queries = {
        OVERDUE: (OVERDUE_SQL, {"since": since_time and since_time.rstrip("Z")}),
        TURNED_RED: (TURNED_RED_SQL, {"since": since_month and f"{since_month}-01"}),
    }
    alerts = []
    for kind, (sql, params) in queries.items():
        cursor = con.execute(sql, params)
        columns = [column for column, *_ in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            common = {name: row.pop(name) for name in COMMON}
            alerts.append({"kind": kind, **common, "details": row})
    # Marts without follow-ups (no tasks exported) leave the overdue window where it was.
    end = {
        "status_as_of": status_as_of or start["status_as_of"],
        "latest_month": latest_month or start["latest_month"],
    }
    return alerts, start, end


class Outbox:
    """`$LOYALTY_WAREHOUSE_DIR/alerts/`: the alerts written so far and the last run's state."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / "outbox.jsonl"
        self.state_path = folder / "state.json"

    def written(self) -> set[tuple[str, str]]:
        """(kind, key) of every alert in the outbox."""
        if not self.path.exists():
            return set()
        keys = set()
        with self.path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    alert = json.loads(line)
                    keys.add((alert["kind"], alert["key"]))
                except (ValueError, KeyError, TypeError):
                    raise ValueError(
                        f"{self.path}, line {number}: not an alert (a JSON object with kind and "
                        "key); repair or delete the line: the outbox is how alerts are never "
                        "sent twice"
                    ) from None
        return keys

    def append(self, alerts: list[dict]) -> None:
        """Add these alerts, on disk before returning: they count as sent from now on."""
        self.folder.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(alert, ensure_ascii=False) + "\n" for alert in alerts)
        with self.path.open("a", encoding="utf-8") as outbox:
            outbox.write(text)
            outbox.flush()
            os.fsync(outbox.fileno())

    def last_run(self) -> dict:
        """Where the next run starts from; {} before the first run."""
        if not self.state_path.exists():
            return {}
        return json.loads(self.state_path.read_text(encoding="utf-8"))

    def save(self, state: dict) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.state_path)


def shown_time(iso: str | None) -> str:
    """'2026-03-08T00:00:00Z' as '2026-03-08 00:00 UTC'."""
    return f"{iso[:10]} {iso[11:16]} UTC" if iso else "–"


def email_text(manager: str, alerts: list[dict], outbox: Path) -> str:
    """The plain-text e-mail listing one account manager's alerts."""
    overdue = [a for a in alerts if a["kind"] == OVERDUE]
    red = [a for a in alerts if a["kind"] == TURNED_RED]
    lines = [f"Hello {manager},", "", "New since the last publication of the loyalty warehouse:"]
    if overdue:
        lines += ["", f"Detractors not followed up in time ({len(overdue)}):", ""]
        for alert in overdue:
            d = alert["details"]
            lines.append(
                f"- {alert['customer_name'] or alert['customer_id'] or 'unknown customer'}: "
                f"NPS {d['nps_score']} on {shown_time(d['recorded_at'])}, follow-up was due "
                f"{shown_time(d['due_at'])} (response {alert['key']})"
            )
            if d["comment"]:
                lines.append(f'  "{" ".join(d["comment"].split())}"')
    if red:
        lines += ["", f"Customers turned red ({len(red)}):", ""]
        for alert in red:
            d = alert["details"]
            score = "–" if d["health_score"] is None else f"{d['health_score']:g}"
            lines.append(
                f"- {alert['customer_name'] or alert['customer_id']}: red since {d['red_since']} "
                f"(health score {score} in {d['month']}; weakest: {d['weakest_component'] or '–'})"
            )
    lines += ["", "-- ", f"The loyalty warehouse's bi/alerts; every alert is also in {outbox}."]
    return "\n".join(lines) + "\n"


def compose(smtp: Smtp, manager: str, alerts: list[dict], outbox: Path) -> EmailMessage:
    """The e-mail of one account manager's alerts, to every LOYALTY_ALERT_RECIPIENTS address."""
    overdue = sum(alert["kind"] == OVERDUE for alert in alerts)
    red = len(alerts) - overdue
    counts = []
    if overdue:
        counts.append(f"{overdue} overdue follow-up{'s' * (overdue > 1)}")
    if red:
        counts.append(f"{red} customer{'s' * (red > 1)} turned red")
    message = EmailMessage()
    message["Subject"] = f"Loyalty alerts for {manager}: {', '.join(counts)}"
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.recipients)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=smtp.sender.rsplit("@", 1)[1])
    message.set_content(email_text(manager, alerts, outbox))
    return message


def by_manager(alerts: list[dict]) -> list[tuple[str, list[dict]]]:
    """The alerts per account manager, by name (those without one last), overdue ones first;
    each group with the name its e-mail greets."""
    ordered = sorted(
        alerts,
        key=lambda a: (
            a["account_manager_id"] is None,
            a["account_manager_name"] or "",
            a["account_manager_id"] or "",
            a["kind"],
        ),
    )
    groups = []
    for manager_id, rows in groupby(ordered, key=lambda a: a["account_manager_id"]):
        group = list(rows)
        name = group[0]["account_manager_name"] or manager_id or "no account manager"
        groups.append((name, group))
    return groups


def deliver(
    alerts: list[dict], smtp: Smtp | None, outbox: Outbox, log: Callable[[str], None]
) -> int:
    """E-mail each account manager's alerts, one e-mail each, and append them to the outbox
    once it went out; how many e-mails were sent. Without an SMTP server, the outbox only.

    Raises dg.Failure naming the server when it fails: the alerts of the managers not yet
    mailed stay out of the outbox, and the next run sends them. (A run killed between an
    e-mail and its outbox line sends that e-mail again: at least once, never lost.)"""
    if smtp is None or not alerts:
        outbox.append([{**alert, "emailed_to": []} for alert in alerts])
        return 0
    groups = by_manager(alerts)
    sent = 0

    def failure(error: Exception) -> dg.Failure:
        left = sum(len(group) for _, group in groups[sent:])
        return dg.Failure(
            description=(
                f"Sending the alerts through the SMTP server {smtp} failed: {error!r}. "
                f"{sent} of {len(groups)} e-mail(s) went out (their alerts are in "
                f"{outbox.path}); the {left} other alert(s) are sent by the next run. Check "
                "that the server is up and the LOYALTY_SMTP_* settings; to retry now: "
                "`dagster asset materialize -m orchestration.definitions --select bi/alerts`."
            ),
            metadata={"smtp_server": str(smtp), "emails_sent": sent, "alerts_unsent": left},
        )

    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(smtplib.SMTP(smtp.host, smtp.port, timeout=30))
            if smtp.starttls:
                server.starttls(context=ssl.create_default_context())
            if smtp.user:
                server.login(smtp.user, smtp.password or "")
        except (OSError, smtplib.SMTPException) as error:
            raise failure(error) from error
        for manager, group in groups:
            try:
                refused = server.send_message(compose(smtp, manager, group, outbox.path))
            except (OSError, smtplib.SMTPException) as error:
                raise failure(error) from error
            if refused:
                log(f"the alerts of {manager}: the server refused {', '.join(refused)}")
            outbox.append([{**alert, "emailed_to": list(smtp.recipients)} for alert in group])
            sent += 1
    return sent


def build_alerts_asset(published: dg.AssetKey) -> dg.AssetsDefinition:
    @dg.asset(
        key=dg.AssetKey(["bi", "alerts"]),
        deps=[published],
        group_name="publish",
        kinds={"python", "email"},
        description=(
            "Close-the-loop alerts after each publication, per account manager: detractors "
            "newly overdue for a follow-up and customers newly turned red. Appended to "
            "`$LOYALTY_WAREHOUSE_DIR/alerts/outbox.jsonl`, never twice, and e-mailed (one "
            "e-mail per account manager) when LOYALTY_SMTP_HOST is set."
        ),
    )
    def alerts(context: dg.AssetExecutionContext, engine: Engine) -> dg.MaterializeResult:
        conf = settings()
        outbox = Outbox(conf.alerts_dir)
        written = outbox.written()
        with duckdb.connect() as con:
            try:
                engine.attach_published(con, TABLES)
                found, start, end = find_alerts(con, outbox.last_run())
            finally:
                engine.close()
        # On disk before any e-mail: a first run that fails keeps its window for the next.
        outbox.save(start)
        new = [alert for alert in found if (alert["kind"], alert["key"]) not in written]
        created_at = dt.datetime.now(dt.UTC).strftime(ISO_TIME)
        new = [{**alert, "created_at": created_at} for alert in new]
        if conf.smtp is None and new:
            context.log.info("LOYALTY_SMTP_HOST is unset: the alerts go to the outbox only")
        sent = deliver(new, conf.smtp, outbox, context.log.warning)
        outbox.save(end)
        counts = {kind: sum(a["kind"] == kind for a in new) for kind in (OVERDUE, TURNED_RED)}
        context.log.info(
            f"{counts[OVERDUE]} overdue follow-up(s), {counts[TURNED_RED]} customer(s) turned "
            f"red; {sent} e-mail(s) sent; outbox {outbox.path}"
        )
        return dg.MaterializeResult(
            metadata={
                **counts,
                "outbox": dg.MetadataValue.path(str(outbox.path)),
                "emails_sent": sent,
                "smtp_server": str(conf.smtp) if conf.smtp else "none (LOYALTY_SMTP_HOST unset)",
                "status_as_of": end["status_as_of"] or "none (no follow-ups)",
                "latest_month": end["latest_month"] or "none",
            }
        )

    return alerts
