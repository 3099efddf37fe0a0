"""The two patches of orchestration/validation/gx_duckdb.py: needed, and working.

Each side runs GX in a fresh process (the patches are process-wide once applied) over the same
DuckDB file: a table of three rows, one of whose codes breaks a regex. If a GX upgrade breaks a
patch, the patched side fails; if GX learns DuckDB itself, the unpatched side says which patch
can go.
"""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

PROBE = """
import json, sys
import great_expectations as gx
from orchestration.validation.gx_duckdb import teach_gx_duckdb

if sys.argv[2] == "patched":
    teach_gx_duckdb()
context = gx.get_context(mode="ephemeral")
source = context.data_sources.add_sql(name="probe", connection_string=f"duckdb:///{sys.argv[1]}")
batch = source.add_table_asset(name="t", table_name="t").add_batch_definition_whole_table(
    "whole").get_batch()
suite = gx.ExpectationSuite(name="probe", expectations=[
    gx.expectations.ExpectTableRowCountToEqual(value=3),
    gx.expectations.ExpectColumnValuesToMatchRegex(column="code", regex="^[A-Z]{3}$"),
])
found = {}
for result in batch.validate(suite).results:
    info = result.exception_info or {}
    raised = info.get("raised_exception") or any(
        isinstance(v, dict) and v.get("raised_exception") for v in info.values())
    found[result.expectation_config.type] = {
        "success": result.success, "raised": bool(raised),
        "unexpected": (result.result or {}).get("unexpected_count"),
        "observed": (result.result or {}).get("observed_value"),
    }
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def probe_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gx") / "probe.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create table t as select * from (values ('DKK'), ('EUR'), ('eur')) v(code)")
    return path


def run_probe(db, mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db), mode], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_with_the_patches_gx_counts_rows_and_matches_regexes_on_duckdb(probe_db):
    found = run_probe(probe_db, "patched")
    rows = found["expect_table_row_count_to_equal"]
    assert rows["success"] and rows["observed"] == 3
    regex = found["expect_column_values_to_match_regex"]
    assert not regex["raised"] and not regex["success"] and regex["unexpected"] == 1


def test_without_the_patches_gx_cannot_validate_duckdb(probe_db):
    """When this fails, GX handles DuckDB on its own: drop the patch it names."""
    found = run_probe(probe_db, "unpatched")
    rows = found["expect_table_row_count_to_equal"]
    regex = found["expect_column_values_to_match_regex"]
    assert rows["raised"] or rows["observed"] != 3, "the FrozenResult patch is no longer needed"
    assert regex["raised"] or regex["unexpected"] != 1, (
        "the regex dialect patch is no longer needed"
    )
