"""The dashboards as a person uses them: `make dashboard`'s server and Debian's headless Chromium.

Every page is opened over HTTP and must load without a console error or a failed request,
draw each of its charts, and show the same headline figures as the marts. Screenshots go to
$LOYALTY_SCREENSHOTS (default: a temp folder); the time each page takes to draw is printed.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from dashboard.server import make_server
from dashboard.site import build_site
from tests.conftest import query

ALL_CHARTS_DRAWN = """() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length > 0 && charts.every((c) => c.dataset.rendered === 'true');
}"""


@contextmanager
def served(warehouse):
    """The server of `make dashboard` over `warehouse`, on a free port: its address."""
    server = make_server(warehouse.warehouse_dir / "dashboard", warehouse.bi_db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site(small_warehouse):
    """The server of `make dashboard` over the small warehouse."""
    with served(small_warehouse) as url:
        yield url


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
    # NPS by role: a row per role of the latest month with answers, as the mart has it.
    roles = query(
        bi, "select respondent_role, responses from marts.mart_nps_by_role where month ="
        " (select max(month) from marts.mart_nps_by_role where respondent_role = 'All')",
    )  # fmt: skip
    assert roles, "the demo has NPS answers"
    for role, responses in roles:
        cells = visit.page.locator(f'#nps-by-role tr[data-role="{role}"] td')
        assert cells.nth(1).inner_text() == str(responses), role

    # The segment buttons redraw the NPS trend for that segment.
    visit.page.click('[data-segment="Enterprise"]')
    visit.page.wait_for_function(
        "() => document.getElementById('chart-nps_trend').data.some((t) => t.name === 'NPS, Enterprise')"
    )
    visit.close(screenshots / "status.png")


def test_status_page_shows_the_health_backtest_beside_the_weights(
    small_warehouse, site, browser, screenshots
):
    bi = small_warehouse.bi_db
    month, auc, loyalty = query(
        bi,
        "select month, churn_auc, weight_loyalty from marts.mart_health_backtest"
        " where weight_set = 'current' and grouped_by = 'all' and outcome_month <="
        " (select max(month) from marts.fin_loyalty_summary) order by month desc limit 1",
    )[0]
    bands = query(
        bi,
        "select grouped_by || ':' || band, customers, logo_retention"
        " from marts.mart_health_backtest where weight_set = 'current' and month = ?"
        " and grouped_by <> 'all' order by grouped_by desc, band_order",
        [month],
    )
    visit = Visit(browser, f"{site}/")
    # No AUC where nobody churned (or nobody stayed): the small world's two months.
    assert visit.kpi("churn_auc") == ("" if auc is None else str(float(auc)))
    rows = visit.page.locator("#backtest-bands tbody tr")
    assert rows.evaluate_all("rows => rows.map((r) => r.dataset.band)") == [b[0] for b in bands]
    for row, (band, customers, retention) in zip(rows.all(), bands, strict=True):
        cells = row.locator("td").all_inner_texts()
        assert (cells[1], cells[2]) == (str(customers), f"{100 * retention:.1f} %"), band
    weights = visit.page.inner_text("#backtest-weights")
    assert f"loyalty\t{loyalty:.2f}" in weights
    assert "make backtest" in visit.page.inner_text("#backtest")
    visit.close(screenshots / "status_backtest.png")


def test_status_page_ranks_what_moves_nps_as_the_mart_does(
    small_warehouse, site, browser, screenshots
):
    bi = small_warehouse.bi_db
    rows = query(
        bi,
        "select driver, importance_rank, share_of_r_squared, is_significant"
        " from marts.mart_nps_drivers where outcome = 'nps' and segment = 'All' and month = ("
        "select max(month) from marts.mart_nps_drivers where outcome = 'nps' and segment = 'All')"
        " order by importance_rank",
    )
    assert rows, "the small world has a driver window"
    visit = Visit(browser, f"{site}/")
    assert visit.page.inner_text("#drivers h2") == "What moves NPS?"
    shown = visit.page.eval_on_selector_all(
        "#nps-drivers tbody tr",
        "trs => trs.map((tr) => [tr.dataset.driver, tr.className,"
        " [...tr.cells].map((td) => td.innerText)])",
    )
    assert [driver for driver, *_ in shown] == [driver for driver, *_ in rows]
    for (driver, rank, share, significant), (_, css, cells) in zip(rows, shown, strict=True):
        assert cells[0] == str(rank)
        assert cells[2] == f"{100 * float(share):.1f} %", driver
        assert css == ("significant" if significant else "noise")
        assert cells[5] == ("significant" if significant else "no better than noise")
    assert "Logo retention" in visit.page.inner_text("#retention-drivers") or "Not enough" in (
        visit.page.inner_text("#retention-drivers")
    )
    visit.close(screenshots / "status-drivers.png")


def test_cfo_page_ties_to_the_finance_marts(small_warehouse, site, browser, screenshots):
    bi = small_warehouse.bi_db
    visit = Visit(browser, f"{site}/cfo.html")
    charts = visit.charts()
    assert set(charts) == {"revenue_by_loyalty", "pareto", "revenue_coverage"}
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
    # Revenue coverage against its target line, and the owners below it.
    (coverage, target) = latest(
        bi, "select revenue_coverage, coverage_target from marts.mart_revenue_coverage"
        " where segment = 'All' and month = ?",
    )  # fmt: skip
    assert float(visit.kpi("revenue_coverage")) == float(coverage)
    shapes = visit.page.evaluate(
        "() => document.getElementById('chart-revenue_coverage').layout.shapes.map((s) => s.y0)"
    )
    assert shapes == [100 * float(target)]
    (below,) = latest(
        bi, "select count(*) from marts.mart_health_by_owner where month = ?"
        " and department <> 'All' and revenue_coverage < 0.8",
    )  # fmt: skip
    assert visit.page.locator("#coverage-below-target tbody tr:not(.none)").count() == min(
        below, 25
    )
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
    (roles_heard,) = latest(
        small_warehouse.bi_db,
        f"select roles_heard from marts.mart_customer_health"
        f" where customer_id = '{customer_id}' and month = ?",
    )
    assert int(status.kpi("roles_heard")) == roles_heard
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


def test_customer_drill_down_shows_its_group(small_warehouse, site, browser, screenshots):
    """A subsidiary's page names its parent and ultimate parent, lists the group's accounts with
    their health and shows the group's figures from mart_group_health."""
    bi = small_warehouse.bi_db
    customer_id, parent_id, head_id, depth = query(
        bi, "select customer_id, parent_customer_id, ultimate_parent_id, hierarchy_depth"
        " from marts.dim_customers where hierarchy_depth > 0"
        " order by hierarchy_depth desc, customer_id limit 1",
    )[0]  # fmt: skip
    visit = Visit(browser, f"{site}/customer.html?id={customer_id}")
    visit.page.wait_for_selector("#customer:not([hidden])")
    (parent, head, members) = query(
        bi, "select (select name from marts.dim_customers where customer_id = ?),"
        " (select name from marts.dim_customers where customer_id = ?),"
        " (select count(*) from marts.dim_customers where ultimate_parent_id = ?)",
        [parent_id, head_id, head_id],
    )[0]  # fmt: skip
    summary = visit.page.inner_text("#group-summary")
    assert f"Group of {head}, {members} accounts" in summary, summary
    assert f"Parent: {parent}" in summary and f"ultimate parent: {head}" in summary, summary
    assert visit.page.locator("#group-accounts tbody tr").count() == members
    assert visit.page.locator("#group-accounts tbody tr.current").count() == 1
    (revenue, nps, worst) = latest(
        bi, "select revenue_t12m, account_nps, worst_health_score from marts.mart_group_health"
        f" where ultimate_parent_id = '{head_id}' and month = ?",
    )  # fmt: skip
    shown = {
        name: visit.kpi(f"group_{name}") for name in ("revenue_t12m", "account_nps", "worst_health")
    }
    figures = {"revenue_t12m": revenue, "account_nps": nps, "worst_health": worst}
    for name, value in figures.items():
        assert (float(shown[name]) if shown[name] else None) == (
            None if value is None else float(value)
        ), name
    visit.close(screenshots / f"customer group depth {depth}.png")


def test_customer_search_lists_the_matches(small_warehouse, site, browser):
    (name,) = query(small_warehouse.bi_db, "select min(name) from marts.dim_customers")[0]
    visit = Visit(browser, f"{site}/customer.html", charts=False)
    visit.page.fill('#lookup input[name="q"]', name[:5])
    visit.page.click("#lookup button")
    visit.page.wait_for_selector("#matches li")
    assert name in visit.page.inner_text("#matches")
    visit.page.close()
    assert not visit.problems, visit.problems


# ---- Act now: each account manager's detractors waiting for a follow-up ------------------------

NO_TASKS_NOTE = "No Task.csv in the CRM drops: close the loop needs the activity log"


def waiting(bi_db: Path, department: str = "All", manager: str = "All") -> list[tuple]:
    """(response_id, status) of the follow-ups overdue or open for a key of mart_close_the_loop
    (`All` for totals), oldest first: what the page must list, read from fct_follow_ups."""
    return query(
        bi_db,
        "select response_id, follow_up_status from marts.fct_follow_ups"
        " where follow_up_status in ('overdue', 'open')"
        " and (? = 'All' or coalesce(department, 'Unknown') = ?)"
        " and (? = 'All' or coalesce(account_manager_id, 'Unknown') = ?)"
        " order by recorded_at, response_id",
        [department, department, manager, manager],
    )


def choose_owner(visit: Visit, department: str, manager: str) -> None:
    """Pick a department and account manager in the page's selector, as a reader would."""
    value = visit.page.evaluate(
        "key => [...document.querySelectorAll('#owner option')]"
        ".find((o) => JSON.stringify(JSON.parse(o.value)) === JSON.stringify(key)).value",
        [department, manager],
    )
    visit.page.select_option("#owner", value=value)
    list_shown(visit, department, manager)


def list_shown(visit: Visit, department: str, manager: str) -> None:
    """Wait until the list of waiting follow-ups (fetched from the server) is this owner's."""
    key = json.dumps([department, manager], separators=(",", ":"), ensure_ascii=False)
    visit.page.wait_for_function(
        "key => document.getElementById('follow-ups').dataset.owner === key", arg=key
    )


def assert_act_figures(visit: Visit, bi_db: Path, department: str, manager: str) -> None:
    """The list, the tiles and the month table of the selection equal the marts."""
    list_shown(visit, department, manager)
    rows = waiting(bi_db, department, manager)
    listed = visit.page.eval_on_selector_all(
        "#follow-ups tbody tr", "rows => rows.map((r) => [r.dataset.response, r.className])"
    )
    assert listed == [list(row) for row in rows]  # the same follow-ups, oldest first
    overdue = sum(status == "overdue" for _, status in rows)
    assert int(visit.kpi("overdue")) == overdue
    assert int(visit.kpi("open")) == len(rows) - overdue
    key = "from marts.mart_close_the_loop where department = ? and account_manager_id = ?"
    for rate in ("close_the_loop_rate", "recovery_rate"):
        latest_rate = query(
            bi_db, f"select {rate} {key} and {rate} is not null order by month desc limit 1",
            [department, manager],
        )  # fmt: skip
        shown = visit.kpi(rate)
        assert (float(shown) if shown else None) == (
            float(latest_rate[0][0]) if latest_rate else None
        ), rate
    ((months, mart_overdue),) = query(
        bi_db, f"select count(*), sum(overdue) {key}", [department, manager]
    )
    assert visit.page.locator("#loop-months tbody tr").count() == months
    assert mart_overdue == overdue  # the mart counts what fct_follow_ups lists
    if not rows:
        assert "Nothing waits" in visit.page.inner_text("#follow-ups-note")


def test_act_now_lists_each_account_managers_waiting_detractors_and_their_rates(
    small_warehouse, site, browser, screenshots
):
    bi = small_warehouse.bi_db
    ((rows,),) = query(bi, "select count(*) from marts.mart_close_the_loop")
    assert rows, "the demo CRM exports Task.csv: close the loop has figures"
    visit = Visit(browser, f"{site}/act.html")
    # By default the whole company, its line alone in both charts.
    assert_act_figures(visit, bi, "All", "All")
    charts = visit.charts()
    assert set(charts) == {"close_the_loop_rate", "recovery_rate"}
    assert charts["close_the_loop_rate"] > 0, charts

    # The account manager with most overdue follow-ups: the list, tiles and lines follow.
    ((department, manager, name),) = query(
        bi,
        "select department, account_manager_id, account_manager_name"
        " from marts.mart_close_the_loop where account_manager_id <> 'All'"
        " group by all order by sum(overdue) desc, sum(open) desc, 3, 2 limit 1",
    )
    choose_owner(visit, department, manager)
    visit.page.wait_for_function(
        "name => ['close_the_loop_rate', 'recovery_rate'].every((chart) =>"
        " (document.getElementById(`chart-${chart}`).data || []).some((t) => t.name === name)"
        " || document.querySelector(`#chart-${chart} .empty`))",
        arg=name,
    )
    assert_act_figures(visit, bi, department, manager)
    # Each customer links to its drill-down; the answer's comment and the latest health beside it.
    listed = query(
        bi,
        "select f.customer_id, r.comment, h.health_status from marts.fct_follow_ups as f"
        " join marts.fct_survey_responses as r on f.response_id = r.response_id"
        " left join marts.mart_customer_health as h on f.customer_id = h.customer_id"
        " and h.month = (select max(month) from marts.fin_loyalty_summary)"
        " where f.follow_up_status in ('overdue', 'open') and f.department = ?"
        " and f.account_manager_id = ? order by f.recorded_at, f.response_id",
        [department, manager],
    )
    cells = visit.page.eval_on_selector_all(
        "#follow-ups tbody tr",
        "rows => rows.map((r) => [(r.querySelector('a') || {}).href || null,"
        " r.cells[7].firstChild.textContent, r.cells[5].firstChild.textContent])",
    )
    for (href, comment, health), (customer_id, expected, status) in zip(cells, listed, strict=True):
        assert href.endswith(f"/customer.html?id={customer_id}") if customer_id else not href
        assert comment == (expected or "no comment")
        assert health == (status or "–")
    assert cells, "the account manager with most overdue follow-ups has some waiting"
    if cells:
        drill_down = Visit(browser, cells[0][0])
        drill_down.page.wait_for_selector("#customer:not([hidden])")
        drill_down.page.close()
        assert not drill_down.problems, drill_down.problems

    # Its department's total, and an account manager with nothing waiting, if there is one.
    choose_owner(visit, department, "All")
    assert_act_figures(visit, bi, department, "All")
    idle = query(
        bi,
        "select department, account_manager_id from marts.mart_close_the_loop"
        " group by all having sum(overdue) + sum(open) = 0 order by 1, 2 limit 1",
    )
    if idle:
        choose_owner(visit, *idle[0])
        assert_act_figures(visit, bi, *idle[0])
    choose_owner(visit, department, manager)
    visit.close(screenshots / "act.png")


# Markup where the CRM and the survey put free text: shown as text, never run.
HOSTILE = """<img src=x onerror="document.title='run'"> R&D 'East' </script>"""


def close_the_loop_world(bi_db: Path, department: str, name: str, comment: str) -> None:
    """Make `bi_db` a company whose CRM exports tasks, with one overdue detractor answer of
    account manager `u1` (`name`, in `department`) carrying `comment`."""
    with duckdb.connect(str(bi_db)) as con:
        response_id, customer_id, contact_id, recorded_at = con.execute(
            "select response_id, customer_id, contact_id, recorded_at"
            " from marts.fct_survey_responses where customer_id is not null"
            " and contact_id is not null order by response_id limit 1"
        ).fetchone()
        con.execute(
            "update marts.fct_survey_responses set comment = ? where response_id = ?",
            [comment, response_id],
        )
        con.execute("delete from marts.fct_follow_ups")
        con.execute("delete from marts.mart_close_the_loop")
        con.execute(
            "insert into marts.fct_follow_ups by name select ? as response_id,"
            " ? as customer_id, ? as contact_id, 'u1' as account_manager_id, ? as department,"
            " ? as recorded_at, ? + interval 72 hour as due_at, 'overdue' as follow_up_status,"
            " 3 as nps_score, ? + interval 30 day as status_as_of",
            [response_id, customer_id, contact_id, department, *[recorded_at] * 3],
        )
        for key in (("All", "All", "All"), (department, "All", "All"), (department, "u1", name)):
            con.execute(
                "insert into marts.mart_close_the_loop by name select"
                " date_trunc('month', ?) as month, ? as department, ? as account_manager_id,"
                " ? as account_manager_name, 1 as triggers, 0 as on_time, 0 as late,"
                " 1 as overdue, 0 as open, 0 as close_the_loop_rate, 0 as answered_again,"
                " 0 as recovered",
                [recorded_at, *key],
            )
        con.execute(
            "insert into marts.mart_data_quality by name select 'crm' as system,"
            " 'crm_tasks' as raw_table, 'Task.csv' as file_name"
        )


def test_act_now_shows_names_departments_and_comments_as_text(small_warehouse, browser, tmp_path):
    bi = tmp_path / "bi.duckdb"
    shutil.copy(small_warehouse.bi_db, bi)
    close_the_loop_world(bi, department=HOSTILE, name=HOSTILE, comment=HOSTILE)
    build_site(bi, tmp_path / "dashboard")
    server = make_server(tmp_path / "dashboard", bi, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        visit = Visit(browser, f"http://127.0.0.1:{server.server_address[1]}/act.html")
        choose_owner(visit, HOSTILE, "u1")
        assert visit.page.inner_text("#follow-ups tbody td:last-child").startswith(HOSTILE)
        assert visit.page.inner_text("#follow-ups tbody td:nth-child(7)") == HOSTILE
        assert HOSTILE in visit.page.inner_text("#owner")
        assert visit.page.locator("main img").count() == 0 and visit.page.title() != "run"
        visit.page.close()
        assert not visit.problems, visit.problems
    finally:
        server.shutdown()
        server.server_close()


def test_act_now_with_tasks_and_no_detractor_says_nothing_waits(small_warehouse, tmp_path):
    """A CRM that exports tasks, and no known contact has answered 0–6: a note, not the no-tasks
    one, and no chart."""
    bi = tmp_path / "bi.duckdb"
    shutil.copy(small_warehouse.bi_db, bi)
    with duckdb.connect(str(bi)) as con:
        con.execute("delete from marts.fct_follow_ups")
        con.execute("delete from marts.mart_close_the_loop")
        con.execute(
            "insert into marts.mart_data_quality by name select 'crm' as system,"
            " 'crm_tasks' as raw_table, 'Task.csv' as file_name"
        )
    build_site(bi, tmp_path / "dashboard")
    page = (tmp_path / "dashboard" / "act.html").read_text()
    assert 'data-reason="no triggers"' in page and "No detractor to follow up" in page
    assert NO_TASKS_NOTE not in page and "data-chart" not in page


def test_dashboards_are_rebuilt_by_the_run(small_warehouse):
    """The asset switched the link to a complete build and left no other build behind."""
    link = small_warehouse.warehouse_dir / "dashboard"
    assert link.is_symlink()
    builds = list((small_warehouse.warehouse_dir / ".dashboard").iterdir())
    assert builds == [link.resolve()]
    assert {p.name for p in link.iterdir()} >= {
        "index.html",
        "cfo.html",
        "act.html",
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
