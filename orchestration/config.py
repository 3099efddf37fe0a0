"""Paths and settings, resolved in one place from the environment."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_DIR
EXPECTATIONS_DIR = PROJECT_DIR / "expectations"
SEEDS_DIR = PROJECT_DIR / "seeds"


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
    return Settings(
        landing_dir=path("LOYALTY_LANDING_DIR", "data/landing"),
        warehouse_dir=path("LOYALTY_WAREHOUSE_DIR", "data/warehouse"),
        today=today_date,
        freshness_days=int(days),
    )
