"""Paths and settings, resolved in one place from the environment."""

from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_DIR
EXPECTATIONS_DIR = PROJECT_DIR / "expectations"
SEEDS_DIR = PROJECT_DIR / "seeds"
# DuckDB's memory cap for every connection that writes or scans the warehouse (the loaders,
# validation, publishing; profiles.yml gives dbt the same default). Beyond it DuckDB spills to
# a temp folder beside the database, or under LOYALTY_TEMP_DIR.
DEFAULT_MEMORY_LIMIT = "2GB"
SF_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
MEMORY_LIMIT = re.compile(r"[0-9]+(\.[0-9]+)? ?([KMGT]i?B)", re.IGNORECASE)
# Survey responses whose ExternalReference names no contact, as a share of the counting responses
# that carry one, above which publishing is refused (expectations/README.md). A few are stray
# records; more mean a broken reference column or contact extract.
DEFAULT_MAX_UNKNOWN_REFERENCE_SHARE = 0.05
# A plain e-mail address (no display name): enough to catch a typo or a missing part.
EMAIL_ADDRESS = re.compile(r"[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+")


class SettingsError(ValueError):
    """An environment variable with a value this project cannot use; the message says which."""


@dataclass(frozen=True)
class Smtp:
    """The SMTP server the alerts go out through (orchestration/alerts.py)."""

    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    # STARTTLS before anything else is said (port 587 relays usually require it).
    starttls: bool = False
    # Log in when set; most internal relays take mail from the network without.
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_dir: Path
    # The date freshness is judged against (the run's date unless set, e.g. for a backfill).
    today: dt.date
    # How many days a source system may go without a complete drop before a warning.
    freshness_days: int
    # The share of counting responses with an ExternalReference that may name no contact.
    max_unknown_reference_share: float = DEFAULT_MAX_UNKNOWN_REFERENCE_SHARE
    # DuckDB's memory_limit, e.g. 2GB or 512MiB.
    memory_limit: str = DEFAULT_MEMORY_LIMIT
    # Where DuckDB spills beyond memory_limit (unset: beside each database).
    temp_dir: Path | None = None
    # The time zone of Qualtrics timestamps whose export names none (older exports; SPEC §2.3).
    survey_time_zone: str = "UTC"
    # The API name of the account's segment field, which differs between orgs (SPEC §2.1).
    segment_field: str = "Customer_Segment__c"
    # Where alerts are e-mailed; None (LOYALTY_SMTP_HOST unset): the outbox only.
    smtp: Smtp | None = None
    # The key-driver bootstrap's seed (orchestration/drivers.py): same seed, same intervals.
    drivers_seed: int = 26

    def duckdb_config(self, database: Path) -> dict[str, str]:
        """Connection settings for `duckdb.connect(str(database), config=...)`.

        DuckDB spills to `<database>.tmp/`; with LOYALTY_TEMP_DIR, to a folder of that name
        there instead (on another volume, say), so each database keeps its own as by default."""
        config = {"memory_limit": self.memory_limit}
        if self.temp_dir is not None:
            config["temp_directory"] = str(self.temp_dir / f"{database.name}.tmp")
        return config

    @property
    def build_db(self) -> Path:
        """The database Dagster and dbt write to; not for BI."""
        return self.warehouse_dir / "warehouse.duckdb"

    @property
    def quality_report(self) -> Path:
        """The HTML page of what the latest run's checks found (orchestration/quality_report.py)."""
        return self.warehouse_dir / "quality_report.html"

    @property
    def bi_db(self) -> Path:
        """The published database BI tools read (schema `marts`)."""
        return self.warehouse_dir / "bi.duckdb"

    @property
    def dashboard_dir(self) -> Path:
        """The dashboards built from `bi_db` (a link to the latest complete build; dashboard/)."""
        return self.warehouse_dir / "dashboard"

    @property
    def alerts_dir(self) -> Path:
        """The alerts' outbox and the state of the last alert run (orchestration/alerts.py)."""
        return self.warehouse_dir / "alerts"


def settings() -> Settings:
    """Read the settings from the environment (SPEC §5), relative paths from the project root."""

    def path(var: str, default: str) -> Path:
        value = Path(os.environ.get(var) or default)
        return value if value.is_absolute() else PROJECT_DIR / value

    today = os.environ.get("LOYALTY_TODAY") or dt.datetime.now(dt.UTC).date().isoformat()
    days = os.environ.get("LOYALTY_FRESHNESS_DAYS") or "3"
    try:
        today_date = dt.date.fromisoformat(today)
    except ValueError:
        raise SettingsError(f"LOYALTY_TODAY={today!r}: give a date as YYYY-MM-DD") from None
    if not days.isdigit():
        raise SettingsError(f"LOYALTY_FRESHNESS_DAYS={days!r}: give a whole number of days")
    memory = os.environ.get("LOYALTY_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT
    if not MEMORY_LIMIT.fullmatch(memory):
        raise SettingsError(
            f"LOYALTY_MEMORY_LIMIT={memory!r}: give a size such as 2GB, 1.5GB or 512MiB"
        )
    share = os.environ.get("LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE") or str(
        DEFAULT_MAX_UNKNOWN_REFERENCE_SHARE
    )
    try:
        max_unknown_reference_share = float(share)
    except ValueError:
        max_unknown_reference_share = -1.0
    if not 0 <= max_unknown_reference_share <= 1:
        raise SettingsError(
            f"LOYALTY_MAX_UNKNOWN_REFERENCE_SHARE={share!r}: give a ratio from 0 to 1, such as "
            "0.05 for 5 % (not a percentage)"
        )
    temp_dir = path("LOYALTY_TEMP_DIR", "") if os.environ.get("LOYALTY_TEMP_DIR") else None
    if temp_dir is not None and not temp_dir.is_dir():
        raise SettingsError(
            f"LOYALTY_TEMP_DIR={str(temp_dir)!r}: no such folder; create it, or unset it to "
            "spill beside each database"
        )
    zone = os.environ.get("LOYALTY_SURVEY_TIME_ZONE") or "UTC"
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"LOYALTY_SURVEY_TIME_ZONE={zone!r}: give an IANA time zone such as Europe/Copenhagen"
        ) from None
    segment_field = os.environ.get("LOYALTY_SEGMENT_FIELD") or "Customer_Segment__c"
    if not SF_FIELD.fullmatch(segment_field):
        raise SettingsError(
            f"LOYALTY_SEGMENT_FIELD={segment_field!r}: give the field's API name as in the "
            "Account.csv header, e.g. Customer_Segment__c"
        )
    seed = os.environ.get("LOYALTY_DRIVERS_SEED") or "26"
    if not seed.isdigit():
        raise SettingsError(f"LOYALTY_DRIVERS_SEED={seed!r}: give a whole number such as 26")
    return Settings(
        landing_dir=path("LOYALTY_LANDING_DIR", "data/landing"),
        warehouse_dir=path("LOYALTY_WAREHOUSE_DIR", "data/warehouse"),
        today=today_date,
        freshness_days=int(days),
        max_unknown_reference_share=max_unknown_reference_share,
        memory_limit=memory,
        temp_dir=temp_dir,
        survey_time_zone=zone,
        segment_field=segment_field,
        smtp=smtp_settings(),
        drivers_seed=int(seed),
    )


def smtp_settings() -> Smtp | None:
    """The SMTP server of the alerts; None when LOYALTY_SMTP_HOST is unset (nothing is sent)."""
    host = os.environ.get("LOYALTY_SMTP_HOST") or ""
    if not host:
        return None
    port = os.environ.get("LOYALTY_SMTP_PORT") or "25"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise SettingsError(f"LOYALTY_SMTP_PORT={port!r}: give a TCP port such as 25 or 587")
    sender = os.environ.get("LOYALTY_SMTP_SENDER") or ""
    if not EMAIL_ADDRESS.fullmatch(sender):
        raise SettingsError(
            f"LOYALTY_SMTP_SENDER={sender!r}: give the address the alerts come from, such as "
            "loyalty@example.com (needed when LOYALTY_SMTP_HOST is set)"
        )
    listed = os.environ.get("LOYALTY_ALERT_RECIPIENTS") or ""
    recipients = tuple(address.strip() for address in listed.split(",") if address.strip())
    if not recipients or not all(EMAIL_ADDRESS.fullmatch(a) for a in recipients):
        raise SettingsError(
            f"LOYALTY_ALERT_RECIPIENTS={listed!r}: give the addresses the alerts go to, "
            "comma-separated, such as am-team@example.com,cx@example.com (needed when "
            "LOYALTY_SMTP_HOST is set)"
        )
    starttls = (os.environ.get("LOYALTY_SMTP_STARTTLS") or "false").lower()
    if starttls not in ("true", "false"):
        raise SettingsError(f"LOYALTY_SMTP_STARTTLS={starttls!r}: give true or false")
    user = os.environ.get("LOYALTY_SMTP_USER") or None
    password = os.environ.get("LOYALTY_SMTP_PASSWORD") or None
    if (user is None) != (password is None):
        raise SettingsError(
            "LOYALTY_SMTP_USER and LOYALTY_SMTP_PASSWORD: set both to log in to the SMTP server, "
            "or neither"
        )
    return Smtp(host, int(port), sender, recipients, starttls == "true", user, password)
