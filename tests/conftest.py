"""Shared fixtures: small generated extracts and a headless run of the whole asset graph."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def duckdb_resources() -> dict:
    """The resources of the code location on DuckDB, for tests that materialize a few assets
    or checks in process (`dg.materialize(..., resources=duckdb_resources())`)."""
    from orchestration.engines.duckdb import DuckDBEngine
    from orchestration.state import Publications, QualityHistory

    return {
        "engine": DuckDBEngine(),
        "publications": Publications(),
        "quality_history": QualityHistory(),
    }


DROP_NAME = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Warehouse:
    landing_dir: Path
    warehouse_dir: Path
    dagster_home: Path
    # Added to the environment: another engine's settings, say.
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            **self.extra_env,
            # As `uv run` or an activated venv would: dagster-dbt finds `dbt` on PATH.
            "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "LOYALTY_LANDING_DIR": str(self.landing_dir),
            "LOYALTY_WAREHOUSE_DIR": str(self.warehouse_dir),
            "DAGSTER_HOME": str(self.dagster_home),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
            # Freshness is judged against the day after the latest drop, not the test's date.
            "LOYALTY_TODAY": self.day_after_latest_drop,
        }

    @property
    def day_after_latest_drop(self) -> str:
        drops = [p.name for p in self.landing_dir.glob("*/*") if DROP_NAME.fullmatch(p.name)]
        latest = dt.date.fromisoformat(max(drops, default="2026-01-01"))
        return (latest + dt.timedelta(days=1)).isoformat()

    @property
    def bi_db(self) -> Path:
        return self.warehouse_dir / "bi.duckdb"

    @property
    def build_db(self) -> Path:
        return self.warehouse_dir / "warehouse.duckdb"

    def materialize(self, select: str = "*") -> subprocess.CompletedProcess:
        """The headless run of SPEC §5, exactly as `make run` calls it (by default)."""
        return subprocess.run(
            [VENV_BIN / "dagster", "asset", "materialize", "-m", "orchestration.definitions",
             "--select", select, "-c", "orchestration/run_config.yaml"],
            cwd=PROJECT_DIR, env=self.env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip

    def run(self, *args: str) -> subprocess.CompletedProcess:
        """`make run`'s command: the whole graph, or nothing when nothing changed."""
        return subprocess.run(
            [sys.executable, "-m", "orchestration.build", *args],
            cwd=PROJECT_DIR, env=self.env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip


def run_unit_tests(env: dict[str, str], target_dir: Path) -> int:
    """Every dbt unit test, on the relations of the warehouse `env` points at (they give the
    models' parents their column types); asserts that each passed, and returns how many ran."""
    result = subprocess.run(
        [VENV_BIN / "dbt", "test", "--select", "test_type:unit", "--target-path", str(target_dir)],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    manifest = json.loads((target_dir / "manifest.json").read_text())
    # dbt names a unit test's relations after it, and PostgreSQL cuts names at 63 bytes.
    too_long = [t["name"] for t in manifest["unit_tests"].values() if len(t["name"]) > 63]
    assert not too_long, f"unit test names longer than PostgreSQL's 63 bytes: {too_long}"
    results = [
        r
        for r in json.loads((target_dir / "run_results.json").read_text())["results"]
        if r["unique_id"].startswith("unit_test.")
    ]
    assert len(results) == len(manifest["unit_tests"])
    assert {r["status"] for r in results} == {"pass"}
    return len(results)


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Every row of `sql` on the DuckDB file `db`, opened read-only and closed again."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


# SPEC §2.3: the row-3 ImportId of each fixed column of a Qualtrics export, and its SPEC name.
QUALTRICS_FIXED = {
    "startDate": "StartDate", "endDate": "EndDate", "status": "Status", "ipAddress": "IPAddress",
    "progress": "Progress", "duration": "Duration", "finished": "Finished",
    "recordedDate": "RecordedDate", "_recordId": "ResponseId",
    "recipientLastName": "RecipientLastName", "recipientFirstName": "RecipientFirstName",
    "recipientEmail": "RecipientEmail", "externalDataReference": "ExternalReference",
    "locationLatitude": "LocationLatitude", "locationLongitude": "LocationLongitude",
    "distributionChannel": "DistributionChannel", "userLanguage": "UserLanguage",
}  # fmt: skip


def qualtrics_names(labels: list[str], meta: list[str]) -> list[str]:
    """The columns of a Qualtrics export as the loader knows them, by their row-3 ImportId:
    a fixed column by its SPEC name (`Duration`), a question by its ImportId (`QID2_TEXT`); the
    row-1 label only where row 3 names no ImportId (row-1 labels are whatever the survey says)."""
    names = []
    for label, cell in zip(labels, meta, strict=True):
        try:
            import_id = json.loads(cell).get("ImportId") or label
        except (ValueError, AttributeError):
            import_id = label
        names.append(QUALTRICS_FIXED.get(import_id, import_id))
    return names


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    """Whether a server accepts connections on 127.0.0.1:`port` yet."""
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def new_warehouse(root: Path) -> Warehouse:
    home = root / "dagster_home"
    home.mkdir(parents=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return Warehouse(root / "landing", root / "warehouse", home)


@pytest.fixture(scope="session")
def small_extracts(tmp_path_factory) -> Path:
    """A few hundred accounts over 14 months: a full drop and three daily deltas."""
    from demodata import generate

    landing = tmp_path_factory.mktemp("extracts") / "landing"
    generate(
        landing, accounts=150, seed=11, start=dt.date(2025, 9, 1), end=dt.date(2026, 10, 31),
        delta_days=3, progress=False,
    )  # fmt: skip
    return landing


@pytest.fixture(scope="session")
def small_warehouse(small_extracts, tmp_path_factory) -> Warehouse:
    """The whole graph materialized once over `small_extracts`, shared by the test modules.

    Tests read it; a test that changes it (a new drop, a second run) must leave it as it was.
    """
    wh = new_warehouse(tmp_path_factory.mktemp("small"))
    shutil.copytree(small_extracts, wh.landing_dir)
    result = wh.materialize()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return wh


def start_materialize(
    wh: Warehouse, select: str = "*", config: Path | str = "orchestration/run_config.yaml", **env
) -> subprocess.Popen:
    """`wh.materialize()` started and not waited for, for tests that kill it mid-run.

    The run leads its own process group (dbt and any other child included), so
    `os.killpg(process.pid, signal.SIGKILL)` ends all of it; stdout and stderr come merged, as
    text lines. `env` adds to the warehouse's environment."""
    return subprocess.Popen(
        [VENV_BIN / "dagster", "asset", "materialize", "-m", "orchestration.definitions",
         "--select", select, "-c", str(config)],
        cwd=PROJECT_DIR, env={**wh.env, **env}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, bufsize=1, start_new_session=True,
    )  # fmt: skip


# Debian's Chromium, driven by Playwright: no test downloads a browser. Without the
# background-networking flags Chromium keeps calling Google's hosts, which a closed network
# refuses; --no-sandbox because CI runs tests as root.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium for the tests that look at a page as a person would."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), (
        f"no Chromium at {CHROMIUM}: `make test` installs it (scripts/debian-packages.sh chromium)"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where browser tests save screenshots: $LOYALTY_SCREENSHOTS, else a temp folder."""
    folder = Path(os.environ.get("LOYALTY_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def con(tmp_path):
    """An empty build database with the raw schema, for loader tests."""
    from orchestration.loading import connect

    con = connect(tmp_path / "warehouse.duckdb")
    yield con
    con.close()
