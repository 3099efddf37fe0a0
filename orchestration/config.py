"""Paths and settings, resolved in one place from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_DIR
EXPECTATIONS_DIR = PROJECT_DIR / "expectations"
SEEDS_DIR = PROJECT_DIR / "seeds"


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_dir: Path

    @property
    def build_db(self) -> Path:
        """The database Dagster and dbt write to; not for BI."""
        return self.warehouse_dir / "warehouse.duckdb"

    @property
    def bi_db(self) -> Path:
        """The published database BI tools read (schema `marts`)."""
        return self.warehouse_dir / "bi.duckdb"


def settings() -> Settings:
    """Read the settings from the environment (SPEC §5), relative paths from the project root."""

    def path(var: str, default: str) -> Path:
        value = Path(os.environ.get(var) or default)
        return value if value.is_absolute() else PROJECT_DIR / value

    return Settings(
        landing_dir=path("LOYALTY_LANDING_DIR", "data/landing"),
        warehouse_dir=path("LOYALTY_WAREHOUSE_DIR", "data/warehouse"),
    )
