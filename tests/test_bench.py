"""`make bench`'s report: every tier gets a row, whichever phases it ran (bench/pipeline.py)."""

from __future__ import annotations

import importlib.util

from tests.conftest import PROJECT_DIR

spec = importlib.util.spec_from_file_location("pipeline", PROJECT_DIR / "bench" / "pipeline.py")
pipeline = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pipeline)


def run(full: float, day: float | None) -> dict:
    """One run's result as `one_run` records it; without the day and dbt phases if `day` is None."""
    result = {
        "floor": {"seconds": 10.0, "peak_rss_mib": 100},
        "full": {"seconds": full, "peak_rss_mib": 2000, "dbt_seconds": 10.0,
                 "raw_checks_seconds": 5.0, "mart_checks_seconds": 5.0,
                 "slowest_nodes": [{"node": "intermediate.int_months", "seconds": 1.0}]},
        "bi_duckdb_mib": 30.0,
        "full_over_floor": full / 10,
    }  # fmt: skip
    if day is not None:
        result["day"] = result["full"] | {"seconds": day, "slowest_nodes": []}
        result["day_over_full"] = day / full
        result["dbt_alone"] = {"seconds": 40.0, "peak_rss_mib": 900}
        result["slowest_nodes"] = [{"node": "marts.fct_invoices", "seconds": 2.0}]
    return result


def results(tiers: dict) -> dict:
    return {
        "machine": "test",
        "versions": {"duckdb": "x"},
        "tiers": {
            tier: {
                "when": "2026-11-22T00:00:00+00:00",
                "commit": "abc1234",
                "memory_limit": "2GB",
                "runs": runs,
            }  # fmt: skip
            for tier, runs in tiers.items()
        },
    }


def test_a_tier_that_ran_every_phase_shows_medians_ranges_and_ratios():
    text = pipeline.markdown(results({"M": [run(100.0, 20.0), run(120.0, 30.0), run(110.0, 33.0)]}))
    row = next(line for line in text.splitlines() if line.startswith("| M |"))
    assert "| 2026-11-22, `abc1234` | 3 |" in row
    assert "| 110.0 [100.0–120.0] | 30.0 [20.0–33.0] | 40.0 [40.0–40.0] |" in row
    # Ratios per run, then their median (0.25), not the ratio of the medians (30 / 110).
    assert "| 0.250 [0.200–0.300] |" in row
    assert "| M | day | 30.0 | 10.0 | 5.0 | 5.0 | 10.0 |" in text
    assert "`marts.fct_invoices`: 2.0 s" in text and "`intermediate.int_months`" not in text


def test_a_tier_run_with_floor_and_full_only_shows_dashes_for_the_rest():
    text = pipeline.markdown(results({"S": [run(90.0, 9.0)], "L": [run(4000.0, None)]}))
    row = next(line for line in text.splitlines() if line.startswith("| L |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[5:10] == ["4000.0 [4000.0–4000.0]", "—", "—", "400.00 [400.00–400.00]", "—"]
    assert "| L | full | 4000.0 |" in text and "| L | day |" not in text
    assert "Slowest dbt nodes at tier L, the full run" in text
