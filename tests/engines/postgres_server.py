"""A throwaway PostgreSQL server from Debian's package, on loopback, in a folder of its own.

Used by the engine suite (tests/engines/conftest.py) and the engine benchmark (bench/engines.py):
nothing is installed or configured system-wide, and `stop` removes every trace.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL = "`make test-engines` installs Debian's server (scripts/debian-packages.sh postgresql)"


@dataclass(frozen=True)
class PostgresServer:
    root: Path
    port: int
    bindir: Path
    host: str = "127.0.0.1"
    user: str = "loyalty"

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

    def stop(self) -> None:
        subprocess.run(
            [*_as_postgres(), self.bindir / "pg_ctl", "-D", self.root / "data", "-m", "fast",
             "-w", "stop"],
            capture_output=True,
        )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def _as_postgres() -> list[str]:
    """initdb refuses to run as root: as root, the server runs as Debian's `postgres` user."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> PostgresServer:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError(f"no PostgreSQL server binaries under /usr/lib/postgresql: {INSTALL}")
    bindir = found[-1].parent
    # A folder the server's user owns (pytest's temp folders are private to root).
    root = Path(tempfile.mkdtemp(prefix="loyalty-pg-"))
    if _as_postgres():
        shutil.chown(root, "postgres")
    server = PostgresServer(root, _free_port(), bindir)
    subprocess.run(
        [*_as_postgres(), bindir / "initdb", "-D", root / "data", "-U", server.user,
         "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = (
        f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 "
        # A throwaway server: durability off, as for any test database.
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    subprocess.run(
        [*_as_postgres(), bindir / "pg_ctl", "-D", root / "data", "-l", root / "server.log",
         "-o", options, "-w", "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    return server
