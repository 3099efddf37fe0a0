"""The dashboards as a person uses them: `make dashboard`'s server and Debian's headless Chromium.

Every page is opened over HTTP and must load without a console error or a failed request,
draw each of its charts, and show the same headline figures as the marts. Screenshots go to
$LOYALTY_SCREENSHOTS (default: a temp folder); the time each page takes to draw is printed.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from dashboard.server import make_server
from dashboard.site import build_site
from tests.conftest import query

ALL_CHARTS_DRAWN = """() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length > 0 && charts.every((c) => c.dataset.rendered === 'true');
}"""


@pytest.fixture(scope="module")
def site(small_warehouse):
    """The server of `make dashboard` over the small warehouse, on a free port."""
    server = make_server(small_warehouse.warehouse_dir / "dashboard", small_warehouse.bi_db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class Visit:
    """One page opened in a fresh tab, with every console error and failed request it caused."""

    def __init__(self, browser, url: str, charts: bool = True) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        self.page.on(
            "response",
            lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"),
        )
        started = time.perf_counter()
        self.page.goto(url)
        if charts:
            self.page.wait_for_function(ALL_CHARTS_DRAWN, timeout=60_000)
        self.seconds = time.perf_counter() - started

    def kpi(self, name: str) -> str:
        return self.page.get_attribute(f'[data-kpi="{name}"]', "data-value")

    def charts(self) -> dict[str, int]:
        """Each chart's name and how many SVG marks (bars, points, lines) Plotly drew in it."""
        return self.page.eval_on_selector_all(
            "[data-chart]",
            "charts => Object.fromEntries(charts.map((c) => [c.dataset.chart,"
            " c.querySelectorAll('.cartesianlayer .trace path').length]))",
        )

    def close(self, screenshot: Path) -> None:
        self.page.screenshot(path=str(screenshot), full_page=True)
        self.page.close()
        print(f"{screenshot.stem}: drawn in {self.seconds:.2f} s; screenshot {screenshot}")
        assert not self.problems, self.problems


def latest(bi_db: Path, sql: str) -> tuple:
    """The row of `sql` (with `?` for the latest reported month) at the latest month."""
    return query(bi_db, sql.replace("?", "(select max(month) from marts.mart_customer_health)"))[0]


def test_status_page_draws_every_chart_and_shows_the_marts_figures(
    small_warehouse, site, browser, screenshots
):
    bi = small_warehouse.bi_db
    visit = Visit(browser, f"{site}/")
    charts = visit.charts()
    assert set(charts) == {
        "nps_trend", "health_by_segment", "health_by_department", "health_by_manager",
        "retention", "complaint_trend", "themes",
    }  # fmt: skip
    assert all(marks > 0 for marks in charts.values()), charts

    nps, ci_low, ci_high = latest(
        bi, "select nps, nps_ci_low, nps_ci_high from marts.mart_nps_monthly"
        " where segment = 'All' and month = ?",
    )  # fmt: skip
    assert float(visit.kpi("nps")) == float(nps)
    assert f"{ci_low:.1f} … {ci_high:.1f}" in visit.page.inner_text('[data-kpi="nps"]')
    for status in ("red", "yellow", "green"):
        (count,) = latest(
            bi, f"select count(*) from marts.mart_customer_health"
            f" where health_status = '{status}' and month = ?",
        )  # fmt: skip
        assert int(visit.kpi(status)) == count, status
    (rate,) = latest(
        bi,
        "select complaint_rate from marts.mart_complaint_rate where segment = 'All' and month = ?",
    )
    assert float(visit.kpi("complaint_rate")) == float(rate)

    # The segment buttons redraw the NPS trend for that segment.
    visit.page.click('[data-segment="Enterprise"]')
    visit.page.wait_for_function(
        "() => document.getElementById('chart-nps_trend').data.some((t) => t.name === 'NPS, Enterprise')"
    )
    visit.close(screenshots / "status.png")


def test_cfo_page_ties_to_the_finance_marts(small_warehouse, site, browser, screenshots):
    bi = small_warehouse.bi_db
    visit = Visit(browser, f"{site}/cfo.html")
    charts = visit.charts()
    assert set(charts) == {"revenue_by_loyalty", "pareto"}
    assert all(marks > 0 for marks in charts.values()), charts

    summary = latest(
        bi, "select revenue_t12m, revenue_weighted_nps, revenue_at_risk, top20_revenue_share,"
        " passive_uplift_estimate from marts.fin_loyalty_summary where month = ?",
    )  # fmt: skip
    names = ["revenue_t12m", "revenue_weighted_nps", "revenue_at_risk", "top20_revenue_share",
             "passive_uplift_estimate"]  # fmt: skip
    for name, value in zip(names, summary, strict=True):
        assert float(visit.kpi(name)) == float(value), name
    # The customers behind the revenue at risk add up to it.
    (at_risk,) = latest(
        bi, "select sum(revenue_t12m) from marts.mart_customer_health where month = ?"
        " and (loyalty_category = 'detractor' or health_status = 'red')",
    )  # fmt: skip
    assert at_risk == summary[2]
    # Green only when every difference is 0 and no rate is missing.
    (rows_off,) = query(
        bi, "select count(*) from marts.fin_revenue_reconciliation"
        " where difference <> 0 or missing_fx_rate",
    )[0]  # fmt: skip
    assert visit.kpi("reconciliation_status") == ("green" if rows_off == 0 else "red")
    assert visit.kpi("reconciliation_status") == "green"
    visit.close(screenshots / "cfo.png")


def test_customer_drill_down_from_the_status_page(small_warehouse, site, browser, screenshots):
    status = Visit(browser, f"{site}/")
    link = status.page.locator("#status-changes a").first
    customer_id = link.get_attribute("href").split("id=")[1]
    link.click()
    status.page.wait_for_function(ALL_CHARTS_DRAWN, timeout=60_000)
    status.page.wait_for_selector("#customer:not([hidden])")
    (name, score, weakest) = latest(
        small_warehouse.bi_db,
        f"select customer_name, health_score, weakest_component from marts.mart_customer_health"
        f" where customer_id = '{customer_id}' and month = ?",
    )
    assert status.page.inner_text("#customer-name") == name
    assert float(status.kpi("health_score")) == float(score)
    assert status.kpi("weakest_component") == weakest
    (answers,) = query(
        small_warehouse.bi_db,
        "select count(*) from marts.fct_survey_responses where customer_id = ?",
        [customer_id],
    )[0]
    assert status.page.locator("#answers tbody tr:not(.none)").count() == answers
    (complaints,) = query(
        small_warehouse.bi_db,
        "select count(*) from marts.fct_complaints where customer_id = ?",
        [customer_id],
    )[0]
    assert status.page.locator("#complaints tbody tr:not(.none)").count() == complaints
    status.close(screenshots / "customer.png")


def test_customer_search_lists_the_matches(small_warehouse, site, browser):
    (name,) = query(small_warehouse.bi_db, "select min(name) from marts.dim_customers")[0]
    visit = Visit(browser, f"{site}/customer.html", charts=False)
    visit.page.fill('#lookup input[name="q"]', name[:5])
    visit.page.click("#lookup button")
    visit.page.wait_for_selector("#matches li")
    assert name in visit.page.inner_text("#matches")
    visit.page.close()
    assert not visit.problems, visit.problems


def test_dashboards_are_rebuilt_by_the_run(small_warehouse):
    """The asset switched the link to a complete build and left no other build behind."""
    link = small_warehouse.warehouse_dir / "dashboard"
    assert link.is_symlink()
    builds = list((small_warehouse.warehouse_dir / ".dashboard").iterdir())
    assert builds == [link.resolve()]
    assert {p.name for p in link.iterdir()} >= {
        "index.html",
        "cfo.html",
        "customer.html",
        "plotly.min.js",
    }


def test_a_copied_site_folder_gives_way_to_the_link(small_warehouse, tmp_path):
    """A warehouse folder copied with its link followed holds a plain folder there: the next
    build replaces it."""
    link = tmp_path / "dashboard"
    link.mkdir()
    (link / "stale.html").write_text("an earlier build")
    build_site(small_warehouse.bi_db, link)
    assert link.is_symlink()
    assert (link / "index.html").exists() and not (link / "stale.html").exists()
