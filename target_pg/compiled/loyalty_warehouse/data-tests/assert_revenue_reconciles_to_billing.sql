-- A failure means the warehouse's revenue for that month and currency does not tie to the
-- billing system to the cent: a document was lost, duplicated, signed wrongly or a void was
-- counted, and finance would report a number the ERP cannot confirm.
-- A warning here so that the run goes on to fin_revenue_reconciliation's blocking GX check
-- (expectations/marts), which refuses publishing and names each month and currency that does
-- not tie.


select
    invoice_month,
    currency,
    source_net_amount,
    warehouse_net_amount,
    difference
from "warehouse"."marts"."fin_revenue_reconciliation"
where difference <> 0