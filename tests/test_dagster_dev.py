"""`dagster dev` (and `dg dev`) serve the whole lineage: extract files → raw → staging → marts →
checks → publish."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
import requests

from tests.conftest import PROJECT_DIR, VENV_BIN, free_port, new_warehouse

QUERY = """
{
  assetNodes {
    assetKey { path }
    groupName
    dependencyKeys { path }
    assetChecksOrError { ... on AssetChecks { checks { name blocking } } }
  }
}
"""


def lineage_renders_in_the_browser(browser, ui: str, screenshots) -> None:
    """The asset graph as an analytics engineer opens it: every group in the global lineage, and
    a mart between the models it reads and the publication, with no console error."""
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    try:
        page.goto(f"{ui}/asset-groups")
        for group in ("landing", "raw", "staging", "intermediate", "marts", "publish", "quality"):
            page.get_by_text(group, exact=True).first.wait_for(timeout=60_000)
        # A first visit may ask to join the community; a person would skip it.
        skip = page.get_by_role("button", name="Skip")
        if skip.count():
            skip.click()
        page.screenshot(path=str(screenshots / "dagster_lineage.png"))

        # A mart's neighbours: the models it reads and the publication that reads it.
        page.goto(f"{ui}/assets/marts/fin_loyalty_summary?view=lineage&lineageDepth=1")
        # (Long names are shortened in the middle: "mart_custo…_health".)
        for asset in ("fct_invoices", "mart_retention", "int_months", "bi_duckdb"):
            page.get_by_text(asset, exact=True).first.wait_for(timeout=60_000)
        edges = page.locator("svg path").count()
        assert edges >= 6, f"the lineage of fin_loyalty_summary drew {edges} SVG paths"
        page.screenshot(path=str(screenshots / "dagster_mart_lineage.png"))
    finally:
        page.close()
    assert not problems, problems


@pytest.mark.parametrize(
    "command",
    [["dagster", "dev", "-m", "orchestration.definitions"], ["dg", "dev"]],
    ids=["dagster-dev", "dg-dev"],
)
def test_dev_server_serves_the_full_lineage(tmp_path, command, browser, screenshots):
    wh = new_warehouse(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [VENV_BIN / command[0], *command[1:], "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_DIR, env=wh.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        nodes = None
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and nodes is None:
            try:
                response = requests.post(
                    f"http://127.0.0.1:{port}/graphql", json={"query": QUERY}, timeout=10
                )
                data = response.json().get("data") or {}
                nodes = data.get("assetNodes") or None
            except (requests.ConnectionError, requests.Timeout, ValueError):
                pass
            if nodes is None:
                assert server.poll() is None, "dagster dev exited"
                time.sleep(2)
        assert nodes, "dagster dev did not serve the asset graph in time"
        if command[0] == "dagster":
            lineage_renders_in_the_browser(browser, f"http://127.0.0.1:{port}", screenshots)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a busy machine: a slow shutdown is not the test's
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=60)

    by_key = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    groups = {n["groupName"] for n in nodes}
    assert {"landing", "raw", "staging", "intermediate", "marts", "publish"} <= groups

    # One unbroken path from an extract file to the published database.
    path = [
        "landing/billing_invoices",
        "raw/billing_invoices",
        "staging/stg_billing__invoices",
        "marts/fct_invoices",
        "bi/bi_duckdb",
    ]
    for upstream, downstream in zip(path, path[1:], strict=False):
        deps = by_key[downstream]["dependencyKeys"]
        reachable = {"/".join(d["path"]) for d in deps}
        if upstream not in reachable:  # allow one intermediate hop
            hops = {
                "/".join(d2["path"])
                for d in deps
                for d2 in by_key["/".join(d["path"])]["dependencyKeys"]
            }
            assert upstream in hops, f"{upstream} is not upstream of {downstream}"

    checks = by_key["marts/fin_revenue_reconciliation"]["assetChecksOrError"]["checks"]
    assert any(c["blocking"] for c in checks), checks
    assert by_key["raw/crm_accounts"]["assetChecksOrError"]["checks"]
