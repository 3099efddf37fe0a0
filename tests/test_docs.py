"""`make docs`: dbt's docs describe every mart and column, and open offline in a browser."""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from tests.conftest import PROJECT_DIR, VENV_BIN, free_port, listening


@pytest.fixture(scope="module")
def docs(small_warehouse, tmp_path_factory):
    """`dbt docs generate` over the small warehouse: the folder `dbt docs serve` serves."""
    target = tmp_path_factory.mktemp("docs")
    result = subprocess.run(
        [VENV_BIN / "dbt", "docs", "generate", "--quiet", "--target-path", str(target)],
        cwd=PROJECT_DIR, env=small_warehouse.env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return target


def test_every_mart_and_every_column_is_described(docs):
    manifest = json.loads((docs / "manifest.json").read_text())
    catalog = json.loads((docs / "catalog.json").read_text())
    marts = {
        uid: node
        for uid, node in manifest["nodes"].items()
        if node["resource_type"] == "model" and node["fqn"][1] == "marts"
    }
    assert len(marts) >= 15
    for uid, node in marts.items():
        assert node["description"].strip(), f"{node['name']} has no description"
        built = set(catalog["nodes"][uid]["columns"])
        described = {name for name, column in node["columns"].items() if column["description"]}
        assert built <= described, f"{node['name']}: no description for {built - described}"


def test_exposures_declare_the_dashboards_and_what_they_read(docs):
    manifest = json.loads((docs / "manifest.json").read_text())
    exposures = {e["name"]: e for e in manifest["exposures"].values()}
    assert set(exposures) == {"customer_relation_status", "cfo_loyalty_and_revenue", "act_now"}
    assert (
        "model.loyalty_warehouse.fin_loyalty_summary"
        in (exposures["cfo_loyalty_and_revenue"]["depends_on"]["nodes"])
    )
    assert "model.loyalty_warehouse.fct_follow_ups" in exposures["act_now"]["depends_on"]["nodes"]
    assert (
        "model.loyalty_warehouse.mart_group_health"
        in exposures["customer_relation_status"]["depends_on"]["nodes"]
    )


def test_dbt_docs_serve_opens_offline(small_warehouse, docs, browser, screenshots):
    port = free_port()
    server = subprocess.Popen(
        [VENV_BIN / "dbt", "docs", "serve", "--target-path", str(docs), "--host", "127.0.0.1",
         "--port", str(port), "--no-browser"],
        cwd=PROJECT_DIR, env=small_warehouse.env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems: list[str] = []
    local = f"http://127.0.0.1:{port}/"

    def request(r) -> None:
        if not r.url.startswith((local, "data:")):
            problems.append(f"left the machine: {r.url}")

    def response(r) -> None:
        # dbt-docs itself asks for two icons by their unrendered templates ("{{ … }}" and
        # "${require(…)}"): 404s of its own, not of this project.
        if r.status >= 400 and "%7B" not in r.url:
            problems.append(f"HTTP {r.status}: {r.url}")

    page.on("request", request)
    page.on("response", response)
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    try:
        deadline = time.monotonic() + 60
        while not listening(port):  # the server is still starting
            assert time.monotonic() < deadline and server.poll() is None, "dbt docs serve"
            time.sleep(0.5)
        page.goto(f"http://127.0.0.1:{port}/#!/model/model.loyalty_warehouse.fin_loyalty_summary")
        page.get_by_text("revenue_weighted_nps").first.wait_for(timeout=60_000)
        page.screenshot(path=str(screenshots / "dbt_docs_mart.png"))
        page.goto(
            f"http://127.0.0.1:{port}/#!/exposure/exposure.loyalty_warehouse.cfo_loyalty_and_revenue"
        )
        page.get_by_text("reconciliation status").first.wait_for(timeout=60_000)
    finally:
        page.close()
        server.terminate()
        server.wait(timeout=30)
    assert not problems, problems
