"""Small helpers for SQL text run on DuckDB: fetch everything, quote a string or a name."""

from __future__ import annotations

import duckdb


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    """Execute and fetch everything (DuckDB 2 refuses new work while a result is unfinished)."""
    return con.execute(sql, params).fetchall()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    rows = run(con, sql, params)
    return rows[0][0] if rows else None


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
