-- A failure means the loader lost or invented records for that file: some rows of the
-- extract are neither in the raw table nor in quarantine (or are in both), so every figure
-- built on that file is incomplete. Re-load the drop and check raw._quarantine.
select
    file,
    rows_read,
    rows_loaded,
    rows_quarantined
from "warehouse"."marts"."mart_data_quality"
where rows_read <> rows_loaded + rows_quarantined