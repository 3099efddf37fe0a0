"""`make dashboard`: serve the dashboards on 127.0.0.1 and print the address.

Static files come from `$LOYALTY_WAREHOUSE_DIR/dashboard` (dashboard/site.py), followed on every
request, so a new build shows up on the next page load. The dynamic views
read `bi.duckdb` read-only, a new connection per request, so they too follow each publication:
the customer drill-down (`/api/customer/<id>`, `/api/customers?q=`) and an owner's waiting
follow-ups on the Act now page (`/api/follow-ups?department=&manager=`).

    uv run python -m dashboard.server [--port 8000]
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.parse
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb

from dashboard import act, drilldown
from orchestration.config import settings


class DashboardHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, bi_db: Path, **kwargs) -> None:
        self.bi_db = bi_db
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path.startswith("/api/customer/"):
            customer_id = urllib.parse.unquote(url.path.removeprefix("/api/customer/"))
            found = self.query(drilldown.customer, customer_id)
            self.send_json(found, HTTPStatus.OK if found else HTTPStatus.NOT_FOUND)
        elif url.path == "/api/follow-ups":
            params = urllib.parse.parse_qs(url.query)
            owner = [params.get(key, ["All"])[0] for key in ("department", "manager")]
            self.send_json(self.query(act.waiting_follow_ups, *owner))
        elif url.path == "/api/customers":
            text = urllib.parse.parse_qs(url.query).get("q", [""])[0].strip()
            self.send_json(self.query(drilldown.search_customers, text) if len(text) >= 2 else [])
        else:
            super().do_GET()

    def query(self, view, *args):
        with duckdb.connect(str(self.bi_db), read_only=True) as con:
            return view(con, *args)

    def send_json(self, value: object, status: HTTPStatus = HTTPStatus.OK) -> None:
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's signature)
        pass  # one line per request would bury the address printed at start


def make_server(site: Path, bi_db: Path, port: int) -> ThreadingHTTPServer:
    handler = partial(DashboardHandler, directory=str(site), bi_db=bi_db)
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    args = parser.parse_args()
    conf = settings()
    site = conf.warehouse_dir / "dashboard"
    if not (site / "index.html").exists() or not conf.bi_db.exists():
        print(f"No dashboard at {site}: run `make run` first, which builds it.", file=sys.stderr)
        return 1
    server = make_server(site, conf.bi_db, args.port)
    host, port = server.server_address[:2]
    print(f"Dashboards: http://{host}:{port}/ (customer relation status), "
          f"http://{host}:{port}/cfo.html (CFO), "
          f"http://{host}:{port}/act.html (act now). Ctrl-C stops.", flush=True)  # fmt: skip
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
