"""The one place this project patches a library: GX 1.x's SQL engine, taught DuckDB.

GX has no DuckDB support of its own; through duckdb_engine (SQLAlchemy) it nearly works, and
these two patches close the gap. Without them every suite on DuckDB would come back empty or
fail on regexes, and the alternative, GX's pandas engine, copies whole tables into memory.
tests/test_gx_duckdb.py fails when a GX upgrade breaks a patch, and tells when GX no longer
needs one.
"""


def teach_gx_duckdb() -> None:
    """Two patches that make GX 1.x's SQL engine work on DuckDB (through duckdb_engine).

    - GX returns a cursor result from a closed connection and fetches it afterwards. Most drivers
      have buffered the rows by then; duckdb_engine has not, so every metric came back empty.
      Freezing the result inside the connection buffers it (SQLAlchemy's FrozenResult).
    - GX picks SQL for regex expectations by dialect module, and knows none for DuckDB. DuckDB
      takes PostgreSQL's `~` and `!~` (a search, as in PostgreSQL), so GX is given PostgreSQL's.

    tests/test_gx_duckdb.py fails if a GX upgrade breaks either.
    """
    from great_expectations.execution_engine import SqlAlchemyExecutionEngine
    from sqlalchemy.dialects import postgresql

    if getattr(SqlAlchemyExecutionEngine, "_taught_duckdb", False):
        return
    original_init = SqlAlchemyExecutionEngine.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        if self.dialect_module is None and self.engine.dialect.name == "duckdb":
            self.dialect_module = postgresql

    def execute_query(self, query):
        with self.get_connection() as connection:
            return self._execute_query_with_recovery(connection, query).freeze()()

    SqlAlchemyExecutionEngine.__init__ = __init__
    SqlAlchemyExecutionEngine.execute_query = execute_query
    SqlAlchemyExecutionEngine._taught_duckdb = True
