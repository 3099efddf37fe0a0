"""The close-the-loop alerts (orchestration/alerts.py), on a hand-made published database and a
real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from aiosmtpd.controller import Controller

from orchestration.alerts import OVERDUE, TURNED_RED, build_alerts_asset
from orchestration.config import SettingsError, settings
from orchestration.engines.duckdb import DuckDBEngine
from orchestration.state import NOT_BUILD_SETTINGS
from tests.conftest import free_port

SMTP_SETTINGS = ["LOYALTY_SMTP_HOST", "LOYALTY_SMTP_PORT", "LOYALTY_SMTP_SENDER",
                 "LOYALTY_ALERT_RECIPIENTS", "LOYALTY_SMTP_STARTTLS", "LOYALTY_SMTP_USER",
                 "LOYALTY_SMTP_PASSWORD"]  # fmt: skip
RECIPIENTS = ["am-team@example.com", "cx@example.com"]
ALERTS = build_alerts_asset(dg.AssetKey(["bi", "bi_duckdb"]))

MANAGERS = [("u1", "Anna Jensen", "Key Accounts"), ("u2", "Bo Holm", "SMB")]
CUSTOMERS = [
    ("A1", "Acme A/S", "u1", "Anna Jensen", "Key Accounts"),
    ("A2", "Beta ApS", "u1", "Anna Jensen", "Key Accounts"),
    ("A3", "Coda Ltd", "u2", "Bo Holm", "SMB"),
    ("A4", "Delta GmbH", "u2", "Bo Holm", "SMB"),
]
RESPONSES = [
    ("r1", 2, "Nobody called back"),
    ("r2", 3, "Deliveries are always late"),
    ("r3", 0, "Invoice wrong, write me at [email]"),
    ("r4", 5, None),
    ("r5", 6, "Slow support"),
    ("r6", 1, "We are looking at other suppliers"),
]
# The data of March: statuses as of 2026-03-10 00:00, health up to March.
# (response, customer, manager, department, recorded_at, due_at, status)
MARCH_FOLLOW_UPS = [
    # Overdue since February: before the as-of month, so not alerted on the first run.
    ("r1", "A1", "u1", "Key Accounts", "2026-02-01 10:00", "2026-02-04 10:00", "overdue"),
    ("r2", "A2", "u1", "Key Accounts", "2026-03-01 10:00", "2026-03-04 10:00", "overdue"),
    ("r3", "A3", "u2", "SMB", "2026-03-05 00:00", "2026-03-08 00:00", "overdue"),
    ("r4", "A1", "u1", "Key Accounts", "2026-03-02 09:00", "2026-03-05 09:00", "on time"),
    ("r5", "A4", "u2", "SMB", "2026-03-08 12:00", "2026-03-11 12:00", "open"),
]
# (customer, month, status): A1 red since January (an old streak), A2 turned red in March,
# A4 recovered in February and turned red again in March, A3 green.
MARCH_HEALTH = [
    *[("A1", month, "red") for month in ("2026-01", "2026-02", "2026-03")],
    ("A2", "2026-01", "green"), ("A2", "2026-02", "yellow"), ("A2", "2026-03", "red"),
    *[("A3", month, "green") for month in ("2026-01", "2026-02", "2026-03")],
    ("A4", "2026-01", "red"), ("A4", "2026-02", "green"), ("A4", "2026-03", "red"),
]  # fmt: skip
# April: r5 became overdue (due after March's as-of time), r6 is new and overdue; A3 went
# green → red; A1, A2 and A4 stay red (streaks already alerted, or too old).
APRIL_FOLLOW_UPS = [
    *[row for row in MARCH_FOLLOW_UPS if row[0] != "r5"],
    ("r5", "A4", "u2", "SMB", "2026-03-08 12:00", "2026-03-11 12:00", "overdue"),
    ("r6", "A2", "u1", "Key Accounts", "2026-04-01 08:00", "2026-04-04 08:00", "overdue"),
]
APRIL_HEALTH = [
    *MARCH_HEALTH,
    *[(customer, "2026-04", "red") for customer in ("A1", "A2", "A3", "A4")],
]
MARCH_FIRST_RUN = {
    (OVERDUE, "r2"), (OVERDUE, "r3"), (TURNED_RED, "A2/2026-03"), (TURNED_RED, "A4/2026-03"),
}  # fmt: skip


def publish(
    warehouse_dir: Path, follow_ups: list[tuple], health: list[tuple], as_of: str = "2026-03-10"
) -> None:
    """A published bi.duckdb with the marts (and columns) the alerts read, replacing any."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    bi_db = warehouse_dir / "bi.duckdb"
    bi_db.unlink(missing_ok=True)
    with duckdb.connect(str(bi_db)) as con:
        con.execute("""
            create schema marts;
            create table marts.dim_account_managers (
                account_manager_id varchar, name varchar, department varchar);
            create table marts.dim_customers (customer_id varchar, name varchar,
                account_manager_id varchar, account_manager_name varchar, department varchar);
            create table marts.fct_survey_responses (
                response_id varchar, nps_score integer, comment varchar);
            create table marts.fct_follow_ups (response_id varchar, customer_id varchar,
                contact_id varchar, account_manager_id varchar, department varchar,
                recorded_at timestamp, due_at timestamp, follow_up_status varchar,
                status_as_of timestamp);
            create table marts.mart_customer_health (customer_id varchar, month date,
                health_score decimal(9, 2), health_status varchar, weakest_component varchar);
        """)
        con.executemany("insert into marts.dim_account_managers values (?, ?, ?)", MANAGERS)
        con.executemany("insert into marts.dim_customers values (?, ?, ?, ?, ?)", CUSTOMERS)
        con.executemany("insert into marts.fct_survey_responses values (?, ?, ?)", RESPONSES)
        for r, c, m, d, recorded_at, due_at, status in follow_ups:
            con.execute(
                "insert into marts.fct_follow_ups values (?, ?, 'C-' || ?, ?, ?, ?, ?, ?, ?)",
                [r, c, r, m, d, recorded_at, due_at, status, as_of],
            )
        scores = {"red": 42.5, "yellow": 63.0, "green": 88.25}
        con.executemany(
            "insert into marts.mart_customer_health values (?, ?, ?, ?, 'loyalty')",
            [(c, f"{month}-01", scores[status], status) for c, month, status in health],
        )


@pytest.fixture
def warehouse_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("LOYALTY_WAREHOUSE_DIR", str(tmp_path / "warehouse"))
    for name in SMTP_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "warehouse"


def run_alerts() -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [ALERTS],
        instance=dg.DagsterInstance.ephemeral(),
        resources={"engine": DuckDBEngine()},
        raise_on_error=False,
    )


def metadata(result: dg.ExecuteInProcessResult) -> dict:
    (materialization,) = result.asset_materializations_for_node("bi__alerts")
    return {name: value.value for name, value in materialization.metadata.items()}


def failure(result: dg.ExecuteInProcessResult) -> str:
    (event,) = result.get_step_failure_events()
    return event.step_failure_data.user_failure_data.description


def outbox(warehouse_dir: Path) -> list[dict]:
    path = warehouse_dir / "alerts" / "outbox.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def body(message) -> str:
    """The text of a received e-mail, with the lines SMTP ends in CRLF ended in LF."""
    return message.get_content().replace("\r\n", "\n")


def keys(alerts: list[dict]) -> set[tuple[str, str]]:
    return {(alert["kind"], alert["key"]) for alert in alerts}


def test_the_first_run_writes_the_as_of_months_overdue_follow_ups_and_red_customers(
    warehouse_dir,
):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    result = run_alerts()
    assert result.success
    written = outbox(warehouse_dir)
    assert keys(written) == MARCH_FIRST_RUN
    assert metadata(result) | {"outbox": None} == {
        OVERDUE: 2, TURNED_RED: 2, "outbox": None, "emails_sent": 0,
        "smtp_server": "none (LOYALTY_SMTP_HOST unset)", "status_as_of": "2026-03-10T00:00:00Z",
        "latest_month": "2026-03",
    }  # fmt: skip
    overdue = next(alert for alert in written if alert["key"] == "r3")
    assert overdue | {"created_at": None} == {
        "kind": OVERDUE, "key": "r3", "account_manager_id": "u2",
        "account_manager_name": "Bo Holm", "department": "SMB", "customer_id": "A3",
        "customer_name": "Coda Ltd", "created_at": None, "emailed_to": [],
        "details": {"nps_score": 0, "comment": "Invoice wrong, write me at [email]",
                    "recorded_at": "2026-03-05T00:00:00Z", "due_at": "2026-03-08T00:00:00Z"},
    }  # fmt: skip
    red = next(alert for alert in written if alert["key"] == "A4/2026-03")
    assert (red["account_manager_name"], red["customer_name"], red["details"]) == (
        "Bo Holm",
        "Delta GmbH",
        {"month": "2026-03", "red_since": "2026-03", "health_score": 42.5,
         "weakest_component": "loyalty"},
    )  # fmt: skip
    assert json.loads((warehouse_dir / "alerts" / "state.json").read_text()) == {
        "status_as_of": "2026-03-10T00:00:00Z",
        "latest_month": "2026-03",
    }


def test_a_second_run_on_the_same_publication_writes_nothing(warehouse_dir):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    assert run_alerts().success
    result = run_alerts()
    assert result.success
    assert (metadata(result)[OVERDUE], metadata(result)[TURNED_RED]) == (0, 0)
    assert len(outbox(warehouse_dir)) == 4


def test_a_later_run_writes_exactly_the_newly_overdue_and_the_newly_red(warehouse_dir):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    assert run_alerts().success
    publish(warehouse_dir, APRIL_FOLLOW_UPS, APRIL_HEALTH, as_of="2026-04-10")
    result = run_alerts()
    assert result.success
    written = outbox(warehouse_dir)
    assert keys(written[4:]) == {(OVERDUE, "r5"), (OVERDUE, "r6"), (TURNED_RED, "A3/2026-04")}
    assert len(written) == len(keys(written)) == 7


def test_a_customer_red_again_after_recovering_alerts_again(warehouse_dir):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    assert run_alerts().success
    # A2 recovers in April and is red again in May: a new streak, a new alert.
    health = [*MARCH_HEALTH, ("A2", "2026-04", "green"), ("A2", "2026-05", "red")]
    publish(warehouse_dir, MARCH_FOLLOW_UPS, health, as_of="2026-05-10")
    assert run_alerts().success
    assert keys(outbox(warehouse_dir)[4:]) == {(TURNED_RED, "A2/2026-05")}


def test_a_company_without_tasks_gets_the_red_customers_and_no_overdue(warehouse_dir):
    publish(warehouse_dir, [], MARCH_HEALTH)
    result = run_alerts()
    assert result.success
    assert keys(outbox(warehouse_dir)) == {(TURNED_RED, "A2/2026-03"), (TURNED_RED, "A4/2026-03")}
    assert metadata(result)["status_as_of"] == "none (no follow-ups)"
    # Once tasks are exported, the first as-of month counts, not the years before it.
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    assert run_alerts().success
    assert keys(outbox(warehouse_dir)) == MARCH_FIRST_RUN


def test_nothing_published_fails_and_says_so(warehouse_dir):
    result = run_alerts()
    assert not result.success
    (event,) = result.get_step_failure_events()
    assert (
        "bi.duckdb: the run did not pass its blocking checks"
        in event.step_failure_data.error.to_string()
    )
    assert not (warehouse_dir / "alerts" / "state.json").exists()


def test_an_outbox_line_that_is_no_alert_stops_the_run_naming_it(warehouse_dir):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    (warehouse_dir / "alerts").mkdir()
    (warehouse_dir / "alerts" / "outbox.jsonl").write_text('{"kind": "turned_red"}\n')
    result = run_alerts()
    assert not result.success
    (event,) = result.get_step_failure_events()
    assert "outbox.jsonl, line 1: not an alert" in event.step_failure_data.error.to_string()


class Inbox:
    """An aiosmtpd handler keeping what it receives; it refuses messages containing `refuse`."""

    def __init__(self, refuse: str | None = None):
        self.refuse = refuse
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        if self.refuse and self.refuse in body(message):
            return "554 5.6.0 refused by the test"
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, message))
        return "250 OK"


@pytest.fixture
def smtp_server(warehouse_dir, monkeypatch):
    """Starts an SMTP server on loopback with the handler given, and points the settings at
    it; stopped after the test."""
    controllers = []

    def start(handler: Inbox) -> Controller:
        controller = Controller(handler, hostname="127.0.0.1", port=free_port())
        controller.start()
        controllers.append(controller)
        monkeypatch.setenv("LOYALTY_SMTP_PORT", str(controller.port))
        return controller

    monkeypatch.setenv("LOYALTY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("LOYALTY_SMTP_SENDER", "loyalty@example.com")
    monkeypatch.setenv("LOYALTY_ALERT_RECIPIENTS", ", ".join(RECIPIENTS))
    yield start
    for controller in controllers:
        controller.stop()


def test_each_account_manager_gets_one_email_listing_their_alerts(warehouse_dir, smtp_server):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    inbox = Inbox()
    smtp_server(inbox)
    result = run_alerts()
    assert result.success
    assert metadata(result)["emails_sent"] == 2
    assert [(sender, to) for sender, to, _ in inbox.messages] == [
        ("loyalty@example.com", RECIPIENTS)
    ] * 2
    anna, bo = (message for _, _, message in inbox.messages)
    # .strip(): Python may fold a long Subject before its first word, and its parser keeps the
    # space that mail clients drop.
    assert anna["Subject"].strip() == (
        "Loyalty alerts for Anna Jensen: 1 overdue follow-up, 1 customer turned red"
    )
    assert anna["To"] == "am-team@example.com, cx@example.com"
    assert bo["Subject"].strip() == (
        "Loyalty alerts for Bo Holm: 1 overdue follow-up, 1 customer turned red"
    )
    text = body(bo)
    assert "Hello Bo Holm," in text
    assert (
        "- Coda Ltd: NPS 0 on 2026-03-05 00:00 UTC, follow-up was due 2026-03-08 00:00 UTC "
        '(response r3)\n  "Invoice wrong, write me at [email]"'
    ) in text
    assert (
        "- Delta GmbH: red since 2026-03 (health score 42.5 in 2026-03; weakest: loyalty)" in text
    )
    assert "Beta ApS" not in text and "Beta ApS" in body(anna)
    assert keys(outbox(warehouse_dir)) == MARCH_FIRST_RUN
    assert {tuple(alert["emailed_to"]) for alert in outbox(warehouse_dir)} == {tuple(RECIPIENTS)}
    # Nothing new: no e-mail.
    assert metadata(run_alerts())["emails_sent"] == 0
    assert len(inbox.messages) == 2


def test_a_server_that_is_down_fails_the_asset_and_the_next_run_sends_everything_once(
    warehouse_dir, smtp_server, monkeypatch
):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    port = free_port()
    monkeypatch.setenv("LOYALTY_SMTP_PORT", str(port))
    result = run_alerts()
    assert not result.success
    message = failure(result)
    assert f"SMTP server 127.0.0.1:{port} failed" in message
    assert "0 of 2 e-mail(s) went out" in message and "the 4 other alert(s)" in message
    assert outbox(warehouse_dir) == []
    # The first run's starting point is kept: the next run looks from there again.
    assert json.loads((warehouse_dir / "alerts" / "state.json").read_text()) == {
        "status_as_of": "2026-03-01T00:00:00Z",
        "latest_month": "2026-03",
    }

    inbox = Inbox()
    smtp_server(inbox)
    assert metadata(run_alerts())["emails_sent"] == 2
    assert metadata(run_alerts())["emails_sent"] == 0
    assert len(inbox.messages) == 2
    assert keys(outbox(warehouse_dir)) == MARCH_FIRST_RUN


def test_a_refused_email_leaves_only_its_alerts_for_the_next_run(warehouse_dir, smtp_server):
    publish(warehouse_dir, MARCH_FOLLOW_UPS, MARCH_HEALTH)
    smtp_server(Inbox(refuse="Hello Bo Holm"))
    result = run_alerts()
    assert not result.success
    assert "1 of 2 e-mail(s) went out" in failure(result)
    assert "554" in failure(result)
    assert {alert["account_manager_name"] for alert in outbox(warehouse_dir)} == {"Anna Jensen"}

    # A later publication: Bo's unsent alerts are still found (the window did not move), and
    # Anna's are not sent again.
    publish(warehouse_dir, APRIL_FOLLOW_UPS, APRIL_HEALTH, as_of="2026-04-10")
    inbox = Inbox()
    smtp_server(inbox)
    assert metadata(run_alerts())["emails_sent"] == 2
    bodies = {m["Subject"].strip().split(":")[0]: body(m) for _, _, m in inbox.messages}
    assert "Coda Ltd: NPS 0" in bodies["Loyalty alerts for Bo Holm"]  # from March, unsent then
    assert "Delta GmbH: red since 2026-03" in bodies["Loyalty alerts for Bo Holm"]
    assert "Beta ApS: red since" not in bodies["Loyalty alerts for Anna Jensen"]
    assert len(outbox(warehouse_dir)) == len(keys(outbox(warehouse_dir))) == 7


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("LOYALTY_SMTP_PORT", "smtp", "LOYALTY_SMTP_PORT='smtp': give a TCP port"),
        ("LOYALTY_SMTP_SENDER", "", "LOYALTY_SMTP_SENDER='': give the address"),
        ("LOYALTY_ALERT_RECIPIENTS", "anna", "LOYALTY_ALERT_RECIPIENTS='anna': give the addresses"),
        ("LOYALTY_SMTP_STARTTLS", "maybe", "LOYALTY_SMTP_STARTTLS='maybe': give true or false"),
        ("LOYALTY_SMTP_USER", "loyalty", "set both to log in"),
    ],
)
def test_a_bad_smtp_setting_is_an_error_naming_it(monkeypatch, setting, value, message):
    monkeypatch.setenv("LOYALTY_SMTP_HOST", "smtp.example.com")
    monkeypatch.setenv("LOYALTY_SMTP_SENDER", "loyalty@example.com")
    monkeypatch.setenv("LOYALTY_ALERT_RECIPIENTS", "am-team@example.com")
    monkeypatch.setenv(setting, value)
    with pytest.raises(SettingsError, match=message):
        settings()


def test_smtp_settings_default_to_port_25_and_change_no_mart(monkeypatch):
    for name in SMTP_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert settings().smtp is None
    monkeypatch.setenv("LOYALTY_SMTP_HOST", "smtp.example.com")
    monkeypatch.setenv("LOYALTY_SMTP_SENDER", "loyalty@example.com")
    monkeypatch.setenv("LOYALTY_ALERT_RECIPIENTS", "a@example.com, b@example.com")
    monkeypatch.setenv("LOYALTY_SMTP_PASSWORD", "secret")
    monkeypatch.setenv("LOYALTY_SMTP_USER", "loyalty")
    smtp = settings().smtp
    assert (str(smtp), smtp.recipients, smtp.starttls) == (
        "smtp.example.com:25",
        ("a@example.com", "b@example.com"),
        False,
    )
    assert "secret" not in repr(settings())
    assert set(SMTP_SETTINGS) <= NOT_BUILD_SETTINGS
