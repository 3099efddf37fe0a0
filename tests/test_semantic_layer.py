"""The dbt semantic layer: each metric, queried with MetricFlow's `mf query`, equals its mart.

The marts round ratios to 2 decimals (logo retention and the close-the-loop rates to 4); money must match to the cent.
"""

from __future__ import annotations

import csv
import subprocess

import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, query

# metric → (the same figure per month from the marts, the largest difference allowed)
MARTS = {
    "nps": ("select month, nps from marts.mart_nps_monthly where segment = 'All'", 0.005),
    "csat": ("select month, csat from marts.mart_nps_monthly where segment = 'All'", 0.005),
    "ces": ("select month, ces from marts.mart_nps_monthly where segment = 'All'", 0.005),
    "account_nps": (
        "select month, account_nps from marts.mart_nps_monthly where segment = 'All'",
        0.005,
    ),
    "revenue_weighted_nps": (
        "select month, revenue_weighted_nps from marts.fin_loyalty_summary",
        0.005,
    ),
    "revenue": (
        "select invoice_month, sum(net_amount_reporting) from marts.fin_revenue_reconciliation"
        " group by invoice_month",
        0,
    ),
    "revenue_t12m": (
        "select month, revenue_t12m + unmatched_revenue_t12m from marts.fin_loyalty_summary",
        0,
    ),
    "complaint_rate": (
        "select month, complaint_rate from marts.mart_complaint_rate where segment = 'All'",
        0.005,
    ),
    "response_rate": (
        "select month, 1.0 * sum(finished) / nullif(sum(reachable), 0)"
        " from marts.mart_response_rate group by month",
        1e-9,
    ),
    "close_the_loop_rate": (
        "select month, close_the_loop_rate from marts.mart_close_the_loop where department = 'All'",
        0.00005,
    ),
    "recovery_rate": (
        "select month, recovery_rate from marts.mart_close_the_loop where department = 'All'",
        0.00005,
    ),
    "logo_retention": (
        "select month, logo_retention from marts.mart_retention"
        " where segment = 'All' and loyalty_category = 'All'",
        0.00005,
    ),
}


def mf_query(warehouse, metric: str, out) -> dict[str, float | None]:
    """`mf query --metrics <metric> --group-by metric_time__month`: month → value."""
    result = subprocess.run(
        [VENV_BIN / "mf", "query", "--metrics", metric, "--group-by", "metric_time__month",
         "--csv", str(out)],
        cwd=PROJECT_DIR, env=warehouse.env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    with out.open() as rows:
        return {
            row["metric_time__month"][:10]: float(row[metric]) if row[metric] else None
            for row in csv.DictReader(rows)
        }


@pytest.mark.parametrize("metric", MARTS)
def test_metric_equals_its_mart(small_warehouse, tmp_path, metric):
    sql, tolerance = MARTS[metric]
    expected = {str(month): value for month, value in query(small_warehouse.bi_db, sql)}
    assert expected, f"no rows in the mart for {metric}"
    got = mf_query(small_warehouse, metric, tmp_path / "result.csv")
    compared = 0
    for month, value in expected.items():
        if value is None:
            assert got.get(month) is None, (metric, month)
            continue
        assert got.get(month) is not None, f"{metric}: no value for {month}"
        assert abs(got[month] - float(value)) <= tolerance + 1e-9, (
            metric,
            month,
            got[month],
            value,
        )
        compared += 1
    assert compared, f"{metric}: no month with a value to compare"
