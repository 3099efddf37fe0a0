"""`make backtest`: other health-score weights on the same backtest (mart_health_backtest),
over a copy of the small warehouse. The mart's formulas are the dbt unit tests'; its AUC against
SciPy's and what it says about the demo's score, tests/test_demo_relationships.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from orchestration.backtest import comparison_table, shown
from tests.conftest import PROJECT_DIR, query

UNIT = "{loyalty: 1, satisfaction: 0, complaints: 0, revenue_trend: 0, coverage: 0}"


@pytest.fixture(scope="module")
def copy(small_warehouse, tmp_path_factory):
    """The small warehouse's environment over a copy of its databases: `make backtest` rebuilds
    a mart in the build database, which the other modules must not see."""
    root = tmp_path_factory.mktemp("backtest")
    shutil.copytree(small_warehouse.warehouse_dir, root / "warehouse")
    env = {**small_warehouse.env, "LOYALTY_WAREHOUSE_DIR": str(root / "warehouse")}
    return env, root / "warehouse" / "warehouse.duckdb"


def backtest(env: dict, weights: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "orchestration.backtest", "--weights", weights],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_the_statuses_and_deciles_add_up_to_the_month(small_warehouse):
    rows = query(
        small_warehouse.bi_db,
        """select month, grouped_by, sum(customers), sum(customers_retained), sum(revenue_base)
           from marts.mart_health_backtest where weight_set = 'current'
           group by month, grouped_by order by month, grouped_by""",
    )
    by_month: dict = {}
    for month, grouped_by, *sums in rows:
        by_month.setdefault(month, {})[grouped_by] = sums
    for month, levels in by_month.items():
        assert levels["status"] == levels["all"] == levels["decile"], month


def table(printed: str) -> dict[str, list[str]]:
    """`make backtest`'s table: each measure's figures (current, candidate)."""
    lines = printed.splitlines()
    assert lines[1].split() == ["current", "candidate"], printed
    rows = (re.split(r"\s{2,}", line.strip()) for line in lines[2:])
    return {cells[0]: cells[1:] for cells in rows}


def test_make_backtest_prints_the_candidate_beside_the_current_weights(copy):
    env, build_db = copy
    same = backtest(env, "{loyalty: 0.35}")
    assert same.returncode == 0, same.stdout + same.stderr
    figures = table(same.stdout)
    assert {"churn AUC, mean of months", "red: still active a year later"} <= set(figures)
    # The seed's own loyalty weight: the candidate is the current score, figure for figure.
    assert all(current == candidate for current, candidate in figures.values()), figures

    unit = backtest(env, UNIT)
    assert unit.returncode == 0, unit.stdout + unit.stderr
    figures = table(unit.stdout)
    assert figures["weight: loyalty"] == ["0.35", "1.00"]
    assert figures["weight: coverage"] == ["0.10", "0.00"]
    # Scored on the same customers (those without a loyalty component drop out of the
    # candidate), with the loyalty component alone as the score.
    rows = query(
        build_db,
        """select candidate.customers, current_.customers, candidate.revenue_base,
                  current_.revenue_base
           from marts.mart_health_backtest as candidate
           join marts.mart_health_backtest as current_
             on current_.weight_set = 'current' and current_.month = candidate.month
            and current_.grouped_by = 'all'
           where candidate.weight_set = 'candidate' and candidate.grouped_by = 'all'""",
    )
    assert rows and all(c <= k and rb <= kb for c, k, rb, kb in rows), rows
    (scores,) = query(
        build_db,
        """select count(*) from marts.mart_health_backtest as backtest
           join marts.mart_customer_health as health on health.month = backtest.month
           where backtest.weight_set = 'candidate' and backtest.grouped_by = 'decile'
             and health.is_active and health.loyalty_score is not null
             and health.loyalty_score between backtest.min_health_score - 0.01
                                          and backtest.max_health_score + 0.01""",
    )
    assert scores[0] > 0


def test_make_backtest_names_a_bad_weight(copy):
    env, _ = copy
    done = backtest(env, "{loyalty: -1}")
    assert done.returncode != 0
    assert "var backtest_weights: the weight of 'loyalty' must be a number >= 0" in done.stderr
    done = backtest(env, "{loyality: 0.5}")
    assert "unknown component 'loyality'" in done.stderr


def test_the_comparison_reads_as_weights_counts_shares_and_aucs():
    assert shown("weight: loyalty", 0.35) == "0.35"
    assert shown("months backtested", 24.0) == "24"
    assert shown("red: customer-months", 1480.0) == "1,480"
    assert shown("red: still active a year later", 0.8431) == "84.3 %"
    assert shown("churn AUC, mean of months", 0.6858) == "0.686"
    assert shown("churn AUC, lowest month", None) == "–"
    table = comparison_table(
        [{"measure": "weight: loyalty", "current_weights": 0.35, "candidate_weights": None}]
    )
    assert table.splitlines()[1].split() == ["weight:", "loyalty", "0.35"]
