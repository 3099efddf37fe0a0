-- A failure means the warehouse's revenue for that month and currency does not tie to the
-- billing system to the cent: a document was lost, duplicated, signed wrongly or a void was
-- counted, and finance would report a number the ERP cannot confirm. Blocks publishing.
select
    invoice_month,
    currency,
    source_net_amount,
    warehouse_net_amount,
    difference
from {{ ref('fin_revenue_reconciliation') }}
where difference <> 0
