"""A real PostgreSQL server for the engine suite, started for the session and stopped after it.
Spark needs no server: dbt and Dagster start a local PySpark session (profiles.yml)."""

from collections.abc import Iterator

import pytest

from tests.engines.postgres_server import PostgresServer, start


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    try:
        server = start()
    except RuntimeError as error:
        pytest.fail(str(error))
    try:
        yield server
    finally:
        server.stop()
