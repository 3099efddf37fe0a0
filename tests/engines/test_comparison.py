"""The parity comparison itself: it finds what differs, and tolerates only float noise.
(Runs in `make test`: no other engine is needed.)"""

from __future__ import annotations

import duckdb
import pytest

from tests.engines.parity import _compare

REFERENCE = [("a", 1, 0.1, None), ("b", 2, 0.2, "x"), ("c", None, None, "y")]


def compare(rows: list[tuple]) -> dict:
    with duckdb.connect() as con:
        for name, table in (("expected", REFERENCE), ("got", rows)):
            con.execute(f"create table {name} (k varchar, n decimal(18, 2), f double, t varchar)")
            con.executemany(f"insert into {name} values (?, ?, ?, ?)", table)
        return _compare(con, "expected", "got", "mart")


def test_equal_rows_in_another_order_are_equal():
    assert compare(REFERENCE[::-1]) == {"rows": 3, "largest_float_difference": 0.0}


def test_floats_may_differ_by_the_tolerance_only():
    found = compare([("a", 1, 0.1 + 1e-12, None), *REFERENCE[1:]])
    assert found["largest_float_difference"] == pytest.approx(1e-12, rel=0.01)
    with pytest.raises(AssertionError, match=r"1 of 3 rows differ.*'f'"):
        compare([("a", 1, 0.1 + 1e-6, None), *REFERENCE[1:]])


@pytest.mark.parametrize(
    "rows, message",
    [
        ([("a", 1, 0.1, None), ("b", 2.01, 0.2, "x"), REFERENCE[2]], r"'n': \(Decimal"),
        ([("a", 1, 0.1, "z"), *REFERENCE[1:]], r"'t': \(None, 'z'\)"),
        ([REFERENCE[0], REFERENCE[1], ("c", None, 0.0, "y")], r"'f': \(None, 0.0\)"),
        (REFERENCE[:2], "2 rows, DuckDB has 3"),
    ],
)
def test_any_other_difference_is_found(rows, message):
    with pytest.raises(AssertionError, match=message):
        compare(rows)
