"""Print where the published marts are and a few headline figures read from them (`make run`)."""

from __future__ import annotations

import sys

import duckdb

from orchestration.config import settings

HEADLINES = {
    "Latest NPS (all customers)": """
        select strftime(month, '%Y-%m') || ': ' || round(nps, 1) || '  (' || responses
               || ' responses, 95 % CI ' || round(nps_ci_low, 1) || ' … ' || round(nps_ci_high, 1) || ')'
        from marts.mart_nps_monthly where segment = 'All' order by month desc limit 1""",
    "T12M net revenue": """
        with last as (select max(invoice_month) as m from marts.fct_invoices)
        select any_value(reporting_currency) || ' ' || format('{:,.2f}', sum(net_amount_reporting))
               || '  (' || strftime(min(invoice_month), '%Y-%m') || ' … '
               || strftime(max(invoice_month), '%Y-%m') || ')'
        from marts.fct_invoices, last
        where invoice_month > last.m - interval 12 month""",
    "Customers red / yellow / green": """
        select count(*) filter (where health_status = 'red') || ' / '
               || count(*) filter (where health_status = 'yellow') || ' / '
               || count(*) filter (where health_status = 'green')
        from marts.mart_customer_health
        where month = (select max(month) from marts.mart_customer_health)""",
    "Rows read / loaded / quarantined": """
        select sum(rows_read) || ' / ' || sum(rows_loaded) || ' / ' || sum(rows_quarantined)
        from marts.mart_data_quality""",
}


def main() -> int:
    bi_db = settings().bi_db
    if not bi_db.exists():
        print(f"No published database at {bi_db}: the run did not pass its blocking checks.")
        return 1
    with duckdb.connect(str(bi_db), read_only=True) as con:
        tables = [t for (t,) in con.execute("show tables from marts").fetchall()]
        print(f"\nPublished marts: {bi_db}  (schema marts: {len(tables)} tables)")
        for label, sql in HEADLINES.items():
            try:
                value = con.execute(sql).fetchone()[0]
            except duckdb.CatalogException:
                continue  # that mart is not built yet
            print(f"  {label:<34} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
