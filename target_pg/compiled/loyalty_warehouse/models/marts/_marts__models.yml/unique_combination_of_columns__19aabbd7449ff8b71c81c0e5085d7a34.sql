
    select
        invoice_month, currency,
        count(*) as rows_with_this_key
    from "warehouse"."marts"."fin_revenue_reconciliation"
    group by invoice_month, currency
    having count(*) > 1
