"""The benchmarks' reports: `make bench`'s (bench/pipeline.py) gives every tier a row, whichever
phases it ran; `make bench-engines`'s (bench/engines.py) adds runs up, engine by engine."""

from __future__ import annotations

import importlib.util

from tests.conftest import PROJECT_DIR


def load(script: str):
    spec = importlib.util.spec_from_file_location(script, PROJECT_DIR / "bench" / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pipeline = load("pipeline")
engines = load("engines")


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
        result["idle"] = {"seconds": 2.0, "peak_rss_mib": 150}
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
    assert row.endswith("| 2.0 [2.0–2.0] |")  # the run with no new drop
    assert "- M, one more day / full pipeline: 0.250 (goal ≤ 0.100): missed" in text
    assert "- M, full pipeline / floor: 11.0 (goal ≤ 10.0): missed" in text
    assert "- M, peak RSS of the full pipeline, MiB: 2000 (goal ≤ 4096): met" in text


def test_a_tier_run_with_floor_and_full_only_shows_dashes_for_the_rest():
    text = pipeline.markdown(results({"S": [run(90.0, 9.0)], "L": [run(4000.0, None)]}))
    row = next(line for line in text.splitlines() if line.startswith("| L |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[5:10] == ["4000.0 [4000.0–4000.0]", "—", "—", "400.00 [400.00–400.00]", "—"]
    assert "| L | full | 4000.0 |" in text and "| L | day |" not in text
    assert "Slowest dbt nodes at tier L, the full run" in text
    assert "- S, a run with no new drop, seconds: 2.0 (goal ≤ 5.0): met" in text
    assert "- S, full pipeline / floor: 9.0 (goal ≤ 25.0): met" in text


def test_engine_runs_add_up_and_each_ratio_is_taken_within_its_own_run():
    measured = {"tiers": {"M": {"accounts": 250_000, "runs": [
        {"duckdb": {"seconds": 400.0, "peak_rss_mib": 4000},
         "postgres": {"seconds": 2000.0, "peak_rss_mib": 8000}},
    ]}}}  # fmt: skip
    run = engines.new_run(measured, "M")  # a later day, a slower machine, Spark only
    run |= {"duckdb": {"seconds": 800.0, "peak_rss_mib": 5000},
            "spark": {"seconds": 3200.0, "peak_rss_mib": 10000}}  # fmt: skip
    assert len(measured["tiers"]["M"]["runs"]) == 2 and {"commit", "memory_limit"} <= set(run)
    rows = engines.table(measured).splitlines()
    assert "| M | duckdb | 600 | 1.00 | 4500 |" in rows
    # 2000 / 400 and 3200 / 800, not over the median DuckDB (600).
    assert "| M | postgres | 2000 | 5.00 | 8000 |" in rows
    assert "| M | spark | 3200 | 4.00 | 10000 |" in rows
