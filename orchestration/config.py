"""Paths and settings, resolved in one place from the environment."""

from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from dataclasses import dataclass
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


class SettingsError(ValueError):
    """An environment variable with a value this project cannot use; the message says which."""


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
    )
