"""The dashboards: the customer relation status, the CFO page and Act now (the detractors each
account manager has to follow up), read from `bi.duckdb` only.

- `data.py`: every figure the pages show, one query per view, over the published marts;
- `site.py`: renders the pages (Plotly charts drawn in the browser from data embedded in the
  page, Plotly's own script served beside them: nothing is fetched from the network) into a new
  folder and switches `$LOYALTY_WAREHOUSE_DIR/dashboard` to it in one rename;
- `server.py`: `make dashboard` serves the site on 127.0.0.1, and answers the one customer
  drill-down from `bi.duckdb`, read-only.
"""
