"""Key drivers (orchestration/drivers.py, mart_nps_drivers) against the generator's truth.

The generator builds each relationship answer from its ratings with known effects
(demodata/survey.py TRUE_EFFECTS: appreciation > CSAT > CES) and adds invoicing remarks that
have none. The driver analysis must recover that order, and give invoicing an excess interval
that includes zero. The demo world is checked in tests/test_demo_relationships.py; this module
checks the small world (another seed, 150 accounts, 14 months) and the windowing rules.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from demodata.survey import TRUE_EFFECTS
from orchestration import drivers
from tests.conftest import query


def assert_recovers_the_truth(bi_db) -> None:
    month, *_ = query(
        bi_db,
        "select max(month) from marts.mart_nps_drivers where outcome = 'nps' and segment = 'All'",
    )[0]
    assert month is not None, "no window fitted"
    rows = query(
        bi_db,
        "select driver, relative_weight, excess_ci_low, excess_ci_high, is_significant"
        " from marts.mart_nps_drivers where outcome = 'nps' and segment = 'All' and month = ?",
        [month],
    )
    by_driver = {driver: rest for driver, *rest in rows}
    truth = sorted(TRUE_EFFECTS, key=TRUE_EFFECTS.get, reverse=True)
    weights = [by_driver[d][0] for d in truth]
    assert weights == sorted(weights, reverse=True), (truth, weights)
    assert all(by_driver[d][3] for d in truth), "every true driver beats noise"
    if "theme:invoicing" in by_driver:
        _, low, high, significant = by_driver["theme:invoicing"]
        assert low <= 0 <= high and not significant, by_driver["theme:invoicing"]


def test_small_world_recovers_the_generators_driver_order(small_warehouse):
    assert_recovers_the_truth(small_warehouse.bi_db)


def test_the_mart_has_both_outcomes_and_the_segments(small_warehouse):
    rows = dict(
        query(
            small_warehouse.bi_db,
            "select outcome, count(distinct segment) from marts.mart_nps_drivers group by outcome",
        )
    )
    assert rows.get("nps", 0) >= 2, rows


def responses(n: int, month: str, segment: str, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    appreciation = rng.integers(1, 6, n)
    return pd.DataFrame(
        {
            "response_id": [f"{segment}{month}{i:05d}" for i in range(n)],
            "response_month": month,
            "segment": segment,
            "nps_score": np.clip(appreciation * 2 + rng.integers(-1, 2, n), 0, 10),
            "csat_score": rng.integers(1, 6, n),
            "ces_score": 4,  # no variance: left out
            "appreciation_score": appreciation,
            "complaints_90d": rng.integers(0, 2, n),
        }
    )


def test_windows_need_enough_rows_and_drop_constant_drivers():
    # January: 200 SMB answers. February: 20 Enterprise answers, too few for a window of its own
    # (30), but in the company-wide T12M window ending February (220 answers).
    frame = pd.concat(
        [responses(200, "2026-01-01", "SMB", 1), responses(20, "2026-02-01", "Enterprise", 2)]
    )
    themes = pd.DataFrame({"response_id": frame["response_id"][:50], "theme": "price"})
    accounts = pd.DataFrame(
        columns=[
            "month",
            "customer_id",
            "segment",
            *drivers.ACCOUNT_DRIVERS.values(),
            "is_retained",
        ]
    )
    months = pd.Series(["2026-01-01", "2026-02-01"])
    out = drivers.estimate(
        frame, themes, accounts, months, ["price", "quality"], seed=26, replicates=50
    )
    windows = out.groupby(["month", "segment"])["sample_size"].first().to_dict()
    assert windows == {
        ("2026-01-01", "All"): 200, ("2026-01-01", "SMB"): 200,
        ("2026-02-01", "All"): 220, ("2026-02-01", "SMB"): 200,
    }  # fmt: skip
    # CES never varies and nobody mentions quality: neither is fitted.
    assert set(out["driver"]) == {"csat", "appreciation", "complaints_90d", "theme:price"}
    first = out[(out["month"] == "2026-01-01") & (out["segment"] == "All")]
    assert abs(first["relative_weight"].sum() - first["r_squared"].iloc[0]) < 1e-9
    # The same input in another order gives the same estimates; so does the same seed.
    again = drivers.estimate(
        frame.sample(frac=1, random_state=3), themes, accounts, months, ["price", "quality"],
        seed=26, replicates=50,
    )  # fmt: skip
    pd.testing.assert_frame_equal(out, again)


def test_no_input_gives_an_empty_typed_table():
    empty = pd.DataFrame(
        columns=[
            "response_id",
            "response_month",
            "segment",
            "nps_score",
            *drivers.RESPONSE_DRIVERS.values(),
        ]
    )
    accounts = pd.DataFrame(
        columns=[
            "month",
            "customer_id",
            "segment",
            *drivers.ACCOUNT_DRIVERS.values(),
            "is_retained",
        ]
    )
    out = drivers.estimate(
        empty,
        pd.DataFrame(columns=["response_id", "theme"]),
        accounts,
        pd.Series([], dtype=object),
        ["price"],
        26,
    )
    assert out.empty and list(out.columns) == list(drivers.COLUMNS)
    assert out["relative_weight"].dtype == float
