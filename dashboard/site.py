"""Render the dashboards from `bi.duckdb` into a folder, and publish it by switching one link.

Each build writes a complete new folder under `.dashboard/` beside the link, then renames a new
symbolic link over `dashboard`: a reader (or `make dashboard`'s server) sees the previous site or
the new one, never a mix. Older folders are removed after the switch.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import duckdb
import jinja2
import plotly

from dashboard import act, data

PACKAGE_DIR = Path(__file__).resolve().parent
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# The pages and what each answers (the README and the navigation list them in this order).
PAGES = {
    "index.html": ("Customer relation status", "status.html", data.status_page),
    "cfo.html": ("CFO: loyalty and revenue", "cfo.html", data.cfo_page),
    "act.html": ("Act now", "act.html", act.act_page),
    "customer.html": ("Customer drill-down", "customer.html", None),
}


def money(value: float | None, currency: str = "EUR") -> str:
    return "–" if value is None else f"{currency} {value:,.0f}"


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def percent(value: float | None, digits: int = 1) -> str:
    """A ratio 0–1 as a percentage."""
    return "–" if value is None else f"{100 * value:.{digits}f} %"


def month_name(value: str) -> str:
    return dt.date.fromisoformat(value[:10]).strftime("%B %Y")


def embedded_json(value: object) -> str:
    """`value` as JSON that is safe inside a <script> element."""
    return json.dumps(value, separators=(",", ":")).replace("</", "<\\/")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PACKAGE_DIR / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(money=money, number=number, percent=percent, month_name=month_name)
    env.filters["json"] = embedded_json
    return env


def build_site(bi_db: Path, link: Path) -> dict[str, int]:
    """Render every page from `bi_db` and make `link` point at them; the size of each file."""
    versions = link.parent / f".{link.name}"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    out = versions / stamp
    out.mkdir(parents=True)
    env = environment()
    nav = [(name, title) for name, (title, _, _) in PAGES.items()]
    with duckdb.connect(str(bi_db), read_only=True) as con:
        for name, (title, template, page_data) in PAGES.items():
            context = page_data(con) if page_data else {"publication": data.publication(con)}
            page = env.get_template(template).render(page=name, title=title, nav=nav, data=context)
            (out / name).write_text(page, encoding="utf-8")
    for asset in (PACKAGE_DIR / "static").iterdir():
        shutil.copy2(asset, out / asset.name)
    shutil.copy2(PLOTLY_JS, out / "plotly.min.js")

    new_link = link.with_name(f".{link.name}.new")
    new_link.unlink(missing_ok=True)
    new_link.symlink_to(out.relative_to(link.parent))
    if link.is_dir() and not link.is_symlink():  # a copy that followed the link (cp -L, copytree)
        shutil.rmtree(link)
    os.replace(new_link, link)
    for old in versions.iterdir():
        if old != out:
            shutil.rmtree(old, ignore_errors=True)
    return {path.name: path.stat().st_size for path in sorted(out.iterdir())}
