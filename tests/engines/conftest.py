"""A real PostgreSQL server for the engine suite: Debian's package, on loopback, in a temp folder,
started for the session and stopped after it. Spark needs no server: dbt and Dagster start a
local PySpark session (profiles.yml, target `spark`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import free_port

INSTALL = "install Debian's server with `apt-get install postgresql` (.ci/run does)"


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    bindir: Path

    def env(self, database: str) -> dict[str, str]:
        """The settings profiles.yml and orchestration/engines/postgres.py read."""
        return {
            "LOYALTY_PG_HOST": self.host,
            "LOYALTY_PG_PORT": str(self.port),
            "LOYALTY_PG_USER": self.user,
            "LOYALTY_PG_DATABASE": database,
        }

    def create_database(self, name: str) -> None:
        subprocess.run(
            [
                self.bindir / "createdb",
                "-h",
                self.host,
                "-p",
                str(self.port),
                "-U",
                self.user,
                name,
            ],
            check=True,
        )


def _bindir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        pytest.fail(f"no PostgreSQL server binaries under /usr/lib/postgresql: {INSTALL}")
    return found[-1].parent


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bindir = _bindir()
    # initdb refuses to run as root: as root, the server runs as Debian's `postgres` user, in a
    # folder it owns (pytest's temp folders are private to root).
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="loyalty-pg-"))
    if as_user:
        shutil.chown(root, "postgres")
    data, port = root / "data", free_port()
    subprocess.run(
        [*as_user, bindir / "initdb", "-D", data, "-U", "loyalty", "--auth=trust", "-E", "UTF8",
         "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 "
        # A throwaway server: durability settings off, as for any test database.
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    subprocess.run(
        [*as_user, bindir / "pg_ctl", "-D", data, "-l", root / "server.log", "-o", options, "-w",
         "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield PostgresServer("127.0.0.1", port, "loyalty", bindir)
    finally:
        subprocess.run(
            [*as_user, bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop"],
            capture_output=True,
        )
        time.sleep(0.5)
        shutil.rmtree(root, ignore_errors=True)
